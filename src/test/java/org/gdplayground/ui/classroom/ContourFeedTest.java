package org.gdplayground.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.classroom.Trajectories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The class contour holds each student's path exactly once, continuous and true: a test browser applies the deltas
 * as {@code <gdp-plot>} does (append adds points after those held, reset drops them all) and must end up holding
 * exactly each student's latest path.
 */
class ContourFeedTest {

    /** What {@code <gdp-plot>} keeps: per series the points it was sent, in order. */
    private static final class Browser {
        final Map<String, List<double[]>> series = new HashMap<>();

        void apply(ContourFeed.Delta d) throws Exception {
            if (d.restart()) {
                series.clear();
            }
            if (d.json().isEmpty()) {
                return;
            }
            JsonNode points = new ObjectMapper().readTree(d.json()).get("points");
            for (var e : points.properties()) {
                List<double[]> held = series.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                for (JsonNode p : e.getValue()) {
                    held.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
                }
            }
        }

        double[] flat(String id) {
            List<double[]> held = series.getOrDefault(id, List.of());
            double[] out = new double[held.size() * 2];
            for (int i = 0; i < held.size(); i++) {
                out[2 * i] = held.get(i)[0];
                out[2 * i + 1] = held.get(i)[1];
            }
            return out;
        }
    }

    private static String path(double x0, int points) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < points; i++) {
            b.append(i == 0 ? "" : ",").append('[').append(x0 - 0.1 * i).append(',').append(1 - 0.05 * i).append(']');
        }
        return b.append(']').toString();
    }

    @Test
    void aRunThatFinishesAfterAMidRunSnapshotIsDrawnOnceWithoutAFalseSegment() throws Exception {
        ContourFeed feed = new ContourFeed();
        Browser browser = new Browser();
        String mid = path(1.8, 10);
        String done = path(1.8, 21);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("0", mid);
        paths.put("1", path(-1, 5));
        browser.apply(feed.next(paths));
        assertThat(browser.flat("0")).containsExactly(Trajectories.parse(mid));

        paths.put("0", done);
        ContourFeed.Delta d = feed.next(paths);
        browser.apply(d);
        // the whole finished path appended after the mid-run part would hold 10 + 21 points, the 11th back at the
        // start: a straight line from (0.9, 0.55) to (1.8, 1) that the student never took
        assertThat(browser.flat("0")).containsExactly(Trajectories.parse(done));
        assertThat(browser.flat("1")).containsExactly(Trajectories.parse(path(-1, 5)));
        assertThat(d.restart()).as("a path that only grew is sent as its new points").isFalse();
        assertThat(d.json()).doesNotContain("\"1\":");
    }

    @Test
    void aNewRunOrAThinnedPathReplacesTheOldOne() throws Exception {
        ContourFeed feed = new ContourFeed();
        Browser browser = new Browser();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("0", path(1.8, 12));
        paths.put("1", path(0.5, 7));
        browser.apply(feed.next(paths));
        // a new run starts elsewhere; the thinned path of a long run is not the old one with points added
        paths.put("0", path(-1.5, 4));
        ContourFeed.Delta d = feed.next(paths);
        browser.apply(d);
        assertThat(d.restart()).isTrue();
        assertThat(browser.flat("0")).containsExactly(Trajectories.parse(path(-1.5, 4)));
        assertThat(browser.flat("1")).containsExactly(Trajectories.parse(path(0.5, 7)));
        // a student gone: the picture is drawn again without them
        paths.remove("1");
        browser.apply(feed.next(paths));
        assertThat(browser.series).containsOnlyKeys("0");
        assertThat(browser.flat("0")).containsExactly(Trajectories.parse(path(-1.5, 4)));
    }

    @Test
    void nothingNewSendsNothingAndAReconfiguredChartGetsEverything() throws Exception {
        ContourFeed feed = new ContourFeed();
        Browser browser = new Browser();
        Map<String, String> paths = Map.of("0", path(1, 3), "1", "", "2", "[[1,NaN],[2,2]]");
        browser.apply(feed.next(paths));
        assertThat(browser.series).containsOnlyKeys("0");
        assertThat(feed.next(paths).json()).isEmpty();
        feed.clear(); // configure() dropped every point
        browser.series.clear();
        browser.apply(feed.next(paths));
        assertThat(browser.flat("0")).containsExactly(Trajectories.parse(path(1, 3)));
    }
}
