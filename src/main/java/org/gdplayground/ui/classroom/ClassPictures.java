package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gdplayground.classroom.Model.RunRow;
import org.gdplayground.classroom.Model.Snapshot;
import org.gdplayground.classroom.Model.StudentRow;
import org.gdplayground.classroom.Outcome;
import org.gdplayground.classroom.ScenarioLink;
import org.gdplayground.classroom.Trajectories;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.scenario.ScenarioFactory;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.ui.chart.ContourCache;
import org.gdplayground.ui.chart.SweepChartSvg;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.LiveChart;
import org.gdplayground.ui.common.SvgPanel;
import org.gdplayground.ui.common.ViewParams;
import org.jspecify.annotations.Nullable;

/**
 * The class's two pictures, shared by the dashboard and the projector: everyone's path on the contour and the final
 * loss against the learning rate. Paths and dots are coloured by outcome (diverging, stuck, converged…), not one
 * colour per student: at 60 students, 60 colours repeat and tell nothing, while the outcome is what the teacher
 * looks for. The contour is redrawn at most once a second.
 */
final class ClassPictures {

    private static final long CONTOUR_GAP_NANOS = 1_000_000_000L;

    private final ScenarioParser parser;
    private final ScenarioFactory factory;
    private final ContourCache contours;
    private final Component host;
    final LiveChart contour;
    final Paragraph contourNone = new Paragraph();
    final SvgPanel sweep;
    final Div legend = new Div();

    private @Nullable Objective objective;
    private String contourScenario = "\u0000";
    private String contourSeries = "\u0000";
    private String contourData = "";
    private final ContourFeed feed = new ContourFeed();
    private long lastContourNanos;
    private String sweepData = "";
    private String legendData = "";
    /** The sweep is drawn at the width the browser gives it, so its text stays at its design size. */
    int sweepWidth = 640;
    /**
     * How much larger than its design size (11 px ticks) the sweep's text is shown: it is drawn this much narrower
     * and scaled up to the width it has (the dashboard and the projector are read from the back of a room).
     */
    float sweepTextScale = 1f;
    /** The sweep's height over its width. */
    float sweepAspect = 0.56f;
    private boolean watching;

    ClassPictures(String contourId, String sweepId, ScenarioParser parser, ScenarioFactory factory,
            ContourCache contours, Component host) {
        this.parser = parser;
        this.factory = factory;
        this.contours = contours;
        this.host = host;
        this.contour = new LiveChart(contourId);
        this.sweep = new SvgPanel(sweepId, "gdp-sweep-panel");
        contourNone.addClassName("gdp-note");
        contourNone.setVisible(false);
        legend.addClassName("gdp-outcome-legend");
    }

    /**
     * Draws the sweep at the width the browser gives it, now and whenever that width changes (the page's styles
     * arriving, a resized window, a rearranged grid); {@code redraw} shows the class again at the new width.
     */
    void watchSweep(Runnable redraw) {
        if (!watching) {
            watching = true;
            sweep.getElement().addEventListener("gdp-width", e -> {
                int width = Math.clamp(Math.round(e.getEventData().get("event.detail").asDouble()), 200, 1400);
                if (width != sweepWidth) {
                    sweepWidth = width;
                    redraw.run();
                }
            }).addEventData("event.detail");
        }
        sweep.getElement().executeJs("const e=this;if(e.__gdpWidth){e.__gdpWidth.disconnect();}let last=0;"
                + "e.__gdpWidth=new ResizeObserver(()=>{const w=Math.round(e.clientWidth);"
                + "if(w>0&&Math.abs(w-last)>4){last=w;e.dispatchEvent(new CustomEvent('gdp-width',{detail:w}));}});"
                + "e.__gdpWidth.observe(e);");
    }

    /** Forget what was drawn (a new locale, a re-attached page). */
    void invalidate() {
        contourScenario = "\u0000";
        sweepData = "";
        legendData = "";
    }

    /**
     * Draws a snapshot with {@code name} for each student (index in join order, row); true when the contour has
     * changes it will draw after its gap (call again later).
     */
    boolean update(Snapshot s, Function<Integer, String> name) {
        updateLegend(s);
        updateSweep(s);
        return updateContour(s, name);
    }

    private String tr(String key, Object... args) {
        return host.getTranslation(key, args);
    }

    private void updateLegend(Snapshot s) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (StudentRow st : s.students()) {
            counts.merge(Outcome.of(st.latest()).id(), 1, Integer::sum);
        }
        String key = counts.toString() + tr("classroom.title");
        if (key.equals(legendData)) {
            return;
        }
        legendData = key;
        legend.removeAll();
        counts.forEach((id, n) -> {
            Outcome o = Outcome.of(null).id().equals(id) ? Outcome.WAITING : new Outcome(id, false, true);
            Span item = new Span();
            item.addClassName("gdp-outcome-item");
            item.getElement().setAttribute("data-outcome", id);
            Span dot = JoinCard.outcomeIcon(o);
            item.add(dot, new Span(outcomeLabel(host, id) + " " + n));
            legend.add(item);
        });
    }

    /** The word for an outcome id; an id without a message (a new engine code) as it is. */
    static String outcomeLabel(Component host, String id) {
        String key = "classroom.outcome." + id;
        String t = host.getTranslation(key);
        return t == null || t.isEmpty() || t.equals(key) || t.startsWith("!") ? id : t;
    }

    private boolean updateContour(Snapshot s, Function<Integer, String> name) {
        String link = s.info().scenario();
        if (!link.equals(contourScenario)) {
            contourScenario = link;
            contourSeries = "\u0000";
            objective = objectiveOf(link);
        }
        Objective o = objective;
        boolean drawable = o != null && o.dimension() == 2;
        contour.setVisible(drawable);
        contourNone.setVisible(!drawable);
        if (o == null || !drawable) {
            return false;
        }
        List<ChartSpecs.Series> series = new ArrayList<>();
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        for (int n = 0; n < s.students().size(); n++) {
            RunRow r = s.students().get(n).latest();
            series.add(new ChartSpecs.Series(Integer.toString(n), name.apply(n), Outcome.of(r).color()));
            if (r != null) {
                paths.put(Integer.toString(n), r.trajectory());
            }
        }
        String data = paths.toString();
        String seriesKey = series.stream().map(x -> x.id() + "\u0001" + x.label() + "\u0001" + x.color())
                .collect(Collectors.joining("\u0002"));
        long now = System.nanoTime();
        boolean due = now - lastContourNanos >= CONTOUR_GAP_NANOS || contourSeries.equals("\u0000");
        boolean reconfigure = !seriesKey.equals(contourSeries);
        if (reconfigure && !due) {
            return true;
        }
        if (reconfigure) {
            contourSeries = seriesKey;
            String spec = ChartSpecs.contour(o, ChartSpecs.raster(contours, o), series, this::tr);
            // a class is many lines: a legend of every name would hide the picture (the outcome legend is below)
            contour.configure(series.size() > 8 ? spec.replace("\"legend\":true", "\"legend\":false") : spec);
            feed.clear();
            contourData = "";
        }
        if (!data.equals(contourData) && (reconfigure || due)) {
            lastContourNanos = now;
            contourData = data;
            // each path once: what grew is sent as its new points, anything else redraws the whole picture
            ContourFeed.Delta d = feed.next(paths);
            if (d.restart() && !reconfigure) {
                contour.reset();
            }
            if (!d.json().isEmpty()) {
                contour.append(d.json());
            }
            return false;
        }
        return !data.equals(contourData);
    }

    @Nullable Objective objectiveOf(String link) {
        Map<String, List<String>> raw = QueryParameters.fromString(ScenarioLink.query(link)).getParameters();
        Map<String, List<String>> q = new HashMap<>(ViewParams.parse(raw).scenario());
        q.remove("lang");
        ScenarioParser.Result r = parser.parse(q.isEmpty()
                ? QueryParameters.fromString("fn=sphere").getParameters() : q,
                ScenarioLink.isCompare(link) ? ScenarioParser.Mode.COMPARE : ScenarioParser.Mode.SINGLE);
        try {
            return factory.objective(r.spec());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The contour spec for a few paths of their own (a student's run, the projector's snapshot). */
    @Nullable String spec(String link, List<ChartSpecs.Series> series) {
        Objective o = objectiveOf(link);
        if (o == null || o.dimension() != 2) {
            return null;
        }
        return ChartSpecs.contour(o, ChartSpecs.raster(contours, o), series, this::tr);
    }

    private void updateSweep(Snapshot s) {
        List<SweepChartSvg.Point> points = new ArrayList<>();
        java.util.Set<Long> present = new java.util.HashSet<>();
        s.students().forEach(st -> present.add(st.id()));
        for (RunRow r : s.finished()) {
            if (present.contains(r.studentId())) {
                Outcome o = Outcome.of(r);
                points.add(new SweepChartSvg.Point(r.lr(), r.loss(),
                        "diverged".equals(r.status()) || !Double.isFinite(r.loss()), o.color()));
            }
        }
        int width = Math.max(200, Math.round(sweepWidth / sweepTextScale));
        int height = Math.clamp(Math.round(width * sweepAspect), 130, 420);
        String key = points.toString() + tr("classroom.title") + width + "x" + height;
        if (!key.equals(sweepData)) {
            sweepData = key;
            sweep.setSvg(SweepChartSvg.render(points, width, height, tr("cmp.sweepChart.lr"),
                    tr("cmp.sweepChart.loss"), tr("cmp.sweepChart.diverged"), tr("cmp.sweepChart.best")));
        }
    }
}
