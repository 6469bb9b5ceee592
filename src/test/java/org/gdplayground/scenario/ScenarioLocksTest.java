package org.gdplayground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gdplayground.scenario.ScenarioParser.Mode;
import org.gdplayground.system.Limits;
import org.junit.jupiter.api.Test;

/** A changed scenario brought back to the fixed one in its fixed controls, and only there. */
class ScenarioLocksTest {

    private final ScenarioParser parser = new ScenarioParser(Limits.defaults(), Set.of("lang"));

    private ScenarioSpec spec(Mode mode, String query) {
        ScenarioParser.Result r = parser.parse(ScenarioQuery.parseQueryString(query), mode);
        assertThat(r.errors()).as(query).isEmpty();
        return r.spec();
    }

    @Test
    void fixedControlsTakeTheBaselinesValuesAndTheRestStays() {
        ScenarioSpec base = spec(Mode.SINGLE, "fn=rosenbrock&opt=adam&lr=0.1&beta1=0.8&init=-1,2&steps=200"
                + "&hide=opt&lock=lr,init");
        ScenarioSpec changed = spec(Mode.SINGLE, "fn=rosenbrock&opt=momentum&lr=5&init=3,3&steps=50&grad=central");
        ScenarioSpec s = ScenarioLocks.enforce(changed, base, base.fixed(), parser);
        assertThat(s.run().opt()).isEqualTo("adam");
        assertThat(s.run().hyper()).containsEntry("beta1", 0.8); // the optimizer's own settings come with it
        assertThat(s.run().lr()).isEqualTo(0.1);
        assertThat(s.init()).containsExactly(-1.0, 2.0);
        assertThat(s.steps()).isEqualTo(50);
        assertThat(s.grad()).isEqualTo("central");
        assertThat(s.hide()).containsExactly(Control.OPT);
        assertThat(s.lock()).containsExactly(Control.LR, Control.INIT);
        // enforcing twice changes nothing more, and the baseline itself is a fixed point
        assertThat(ScenarioLocks.enforce(s, base, base.fixed(), parser)).isEqualTo(s);
        assertThat(ScenarioLocks.enforce(base, base, base.fixed(), parser)).isEqualTo(base);
    }

    @Test
    void aFixedStartOnAnotherSurfaceIsThatSurfacesDefaultStart() {
        ScenarioSpec base = spec(Mode.SINGLE, "fn=rosenbrock&init=-1,2&lock=init");
        ScenarioSpec changed = spec(Mode.SINGLE, "fn=quiz-scores&init=1,1,1,1");
        ScenarioSpec s = ScenarioLocks.enforce(changed, base, base.fixed(), parser);
        assertThat(s.fn()).isEqualTo("quiz-scores");
        assertThat(s.init()).hasSize(4).isNotEqualTo(List.of(1.0, 1.0, 1.0, 1.0));
    }

    @Test
    void aFixedSurfaceBringsItsStartAndBatchBack() {
        ScenarioSpec base = spec(Mode.SINGLE, "fn=study-hours-wb&batch=1&init=0,0&lock=fn");
        ScenarioSpec changed = spec(Mode.SINGLE, "fn=sphere&init=3,3");
        ScenarioSpec s = ScenarioLocks.enforce(changed, base, base.fixed(), parser);
        assertThat(s.fn()).isEqualTo("study-hours-wb");
        assertThat(s.init()).containsExactly(0.0, 0.0);
        assertThat(s.batch()).isEqualTo(1);
    }

    @Test
    void onTheComparePageAFixedRunControlFixesTheRunList() {
        ScenarioSpec base = spec(Mode.COMPARE, "opt.1=sgd&lr.1=0.1&opt.2=adam&lr.2=0.01&lock=lr");
        assertThat(ScenarioLocks.fixedOnPage(base, Mode.COMPARE)).containsExactly(Control.LR, Control.RUNS,
                Control.PRESET);
        assertThat(ScenarioLocks.fixedOnPage(base, Mode.SINGLE)).containsExactly(Control.LR);
        ScenarioSpec three = spec(Mode.COMPARE, "opt.1=sgd&lr.1=1&opt.2=adam&lr.2=2&opt.3=lion&lr.3=3");
        ScenarioSpec s = ScenarioLocks.enforce(three, base, ScenarioLocks.fixedOnPage(base, Mode.COMPARE), parser);
        assertThat(s.runs()).extracting(RunSpec::lr).containsExactly(0.1, 0.01);
        // a view control fixes nothing of the scenario
        ScenarioSpec view = spec(Mode.COMPARE, "opt.1=sgd&opt.2=adam&lock=speed,log");
        assertThat(ScenarioLocks.fixedOnPage(view, Mode.COMPARE)).containsExactly(Control.SPEED, Control.LOG);
    }

    @Test
    void aFixedHyperParameterSetFollowsTheOptimizer() {
        ScenarioSpec base = spec(Mode.SINGLE, "opt=adam&beta1=0.5&lock=hyper");
        Map<String, String> q = new LinkedHashMap<>(Map.of("opt", "momentum", "momentum", "0.3"));
        ScenarioSpec changed = parser.parse(ScenarioQuery.asQuery(q), Mode.SINGLE).spec();
        ScenarioSpec s = ScenarioLocks.enforce(changed, base, base.fixed(), parser);
        assertThat(s.run().opt()).isEqualTo("momentum");
        assertThat(s.run().hyper()).containsEntry("momentum", 0.9); // momentum's defaults, not the learner's 0.3
    }
}
