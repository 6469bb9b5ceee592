package org.gdplayground.ui.surface3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gdplayground.engine.function.Bounds;
import org.gdplayground.engine.function.ExpressionLimits;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.function.Objectives;
import org.gdplayground.engine.run.Status;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.session.Frame;
import org.gdplayground.session.Trace;
import org.gdplayground.ui.common.ChartSpecs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Surface3dSpecsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static StepRecord record(int k, double x, double y, double loss) {
        return new StepRecord(k, 0, new double[] {x, y}, loss, Double.NaN, new double[2], new double[2], 0.1,
                List.of());
    }

    private static Frame frame(double[] path, StepRecord latest) {
        Frame.RunView v = new Frame.RunView(List.of(latest), latest, Status.RUNNING, null, 0, 10,
                new Trace.Delta(path, new double[0]), org.gdplayground.engine.diagnosis.Diagnosis.none(false));
        return new Frame(List.of(v), true, false);
    }

    @Test
    void theConfigurationCarriesTheWholeMeshOnceWithHolesAsNull() {
        Objective pole = Objectives.custom("1/(x^2+y^2)", ExpressionLimits.defaults());
        SurfaceMesh mesh = SurfaceMesh.of(pole, new Bounds(-1, 1, -1, 1), 3);
        String json = Surface3dSpecs.configure(pole, mesh,
                List.of(new ChartSpecs.Series("0", "SGD", "#d62728")), k -> "[" + k + "]");
        JsonNode n = JSON.readTree(json);
        assertThat(n.get("n").asInt()).isEqualTo(3);
        assertThat(n.get("values").size()).isEqualTo(9);
        assertThat(n.get("values").get(4).isNull()).isTrue();
        assertThat(n.get("values").get(0).asDouble()).isEqualTo(0.5);
        assertThat(n.get("floor").asDouble()).isEqualTo(mesh.floor());
        assertThat(n.get("colors").get("stops").size()).isEqualTo(n.get("colors").get("edges").size() - 1);
        assertThat(n.get("series").get(0).get("color").asString()).isEqualTo("#d62728");
        assertThat(n.get("texts").get("z").asString()).isEqualTo("[table.loss]");
        assertThat(n.get("texts").get("holes").asString()).isEqualTo("[surface3d.holes]");
    }

    @Test
    void theMeshIsRoundedToSixDigits() {
        Objective o = Objectives.custom("x/3", ExpressionLimits.defaults());
        SurfaceMesh mesh = SurfaceMesh.of(o, new Bounds(0, 1, 0, 1), 2);
        assertThat(Surface3dSpecs.values(mesh)).isEqualTo("[0,0.333333,0,0.333333]");
    }

    @Test
    void knownMinimaAreSentWithTheirLoss() {
        Objective h = Objectives.builtin("himmelblau").orElseThrow();
        JsonNode n = JSON.readTree(Surface3dSpecs.configure(h, SurfaceMesh.of(h, 5), List.of(), k -> k));
        assertThat(n.get("minima").size()).isEqualTo(4);
        assertThat(n.get("minima").get(0).get("f").asDouble()).isEqualTo(0);
        assertThat(n.get("minima").get(0).get("global").asBoolean()).isTrue();
    }

    @Test
    void aDeltaCarriesOnlyTheNewPointsWithTheirLossAndBreaksAtNonFinitePoints() {
        Objective sphere = Objectives.builtin("sphere").orElseThrow();
        double[] path = {1, 2, 3, 4, Double.NaN, 1};
        JsonNode n = JSON.readTree(Surface3dSpecs.delta(frame(path, record(7, 3, 4, 25)), sphere));
        JsonNode p = n.get("points").get("0");
        assertThat(p.size()).isEqualTo(9);
        assertThat(p.get(2).asDouble()).isEqualTo(5);   // f(1, 2)
        assertThat(p.get(5).asDouble()).isEqualTo(25);  // f(3, 4)
        assertThat(p.get(6).isNull()).isTrue();
        assertThat(p.get(8).isNull()).isTrue();         // no height is invented for a point that is not a number
        assertThat(n.get("current").get("0").get(2).asDouble()).isEqualTo(25);
        assertThat(n.get("playing").asBoolean()).isTrue();
    }

    @Test
    void aFrameWithoutNewPointsSendsOnlyTheCurrentPoint() {
        Objective sphere = Objectives.builtin("sphere").orElseThrow();
        JsonNode n = JSON.readTree(Surface3dSpecs.delta(frame(new double[0], record(3, 0, 1, 1)), sphere));
        assertThat(n.get("points").size()).isZero();
        assertThat(n.get("current").get("0").size()).isEqualTo(3);
    }

    @Test
    void theWholePathComesFromTheRecordsAndTheMarkFromTheShownStep() {
        List<StepRecord> rs = List.of(record(0, -3, 4, 25), record(1, -2, 3, 13));
        JsonNode n = JSON.readTree(Surface3dSpecs.whole(List.of(rs, List.of())));
        assertThat(n.get("points").get("0").size()).isEqualTo(6);
        assertThat(n.get("points").get("1").size()).isZero();
        assertThat(n.get("current").get("0").get(2).asDouble()).isEqualTo(13);
        assertThat(Surface3dSpecs.mark(null)).isEqualTo("{}");
        assertThat(JSON.readTree(Surface3dSpecs.mark(List.of(rs.get(0)))).get("0").get(0).asDouble()).isEqualTo(-3);
    }
}
