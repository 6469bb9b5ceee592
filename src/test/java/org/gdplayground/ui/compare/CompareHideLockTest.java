package org.gdplayground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.common.ControlPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** hide= and lock= on the compare page: every run's field follows the policy; the run list is fixed with it. */
@SpringBootTest
@Import(SyncRuns.class)
class CompareHideLockTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioParser parser;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void liftPolicy() {
        ControlPolicy.lift(VaadinSession.getCurrent());
    }

    private CompareView open(String query) {
        UI.getCurrent().navigate("compare", QueryParameters.fromString(query));
        return find(CompareView.class).single();
    }

    private static boolean onPage(Component c) {
        return c.getUI().isPresent();
    }

    @Test
    void hiddenOptimizersAndLockedRatesInEveryRun() {
        CompareView v = open("fn=rosenbrock&opt.1=adam&lr.1=0.01&opt.2=momentum&lr.2=0.001&hide=opt,preset&lock=lr");
        assertThat(v.rows).hasSize(2);
        assertThat(v.rows).allSatisfy(r -> {
            assertThat(onPage(r.opt)).isFalse();
            assertThat(r.lr.isReadOnly()).isTrue();
            // a fixed per-run control fixes the run list
            assertThat(onPage(r.remove)).isFalse();
            assertThat(r.enabled.isReadOnly()).isTrue();
        });
        assertThat(onPage(v.preset)).isFalse();
        assertThat(onPage(v.addRun)).isFalse();
        assertThat(onPage(v.sweep)).isFalse();
        assertThat(onPage(v.form.steps)).isTrue();
        assertThat(v.form.steps.isReadOnly()).isFalse();
        assertThat(v.canonicalQuery(v.spec())).endsWith("&hide=opt,preset&lock=lr");

        // a request that changes a locked rate anyway is refused, the page shows the link's rate again
        v.rows.get(1).lr.setValue("9");
        assertThat(v.rows.get(1).lr.getValue()).isEqualTo("0.001");
        assertThat(v.spec().runs().get(1).lr()).isEqualTo(0.001);
        v.addRun();
        assertThat(v.rows).hasSize(2);
        // what is not fixed still changes the comparison
        test(v.form.steps).setValue("40");
        assertThat(v.spec().steps()).isEqualTo(40);
        assertThat(v.spec().runs()).extracting(r -> r.opt()).containsExactly("adam", "momentum");
    }

    @Test
    void hidingOnlyTheScheduleLeavesTheRunsFree() {
        CompareView v = open("fn=sphere&opt.1=sgd&lr.1=0.1&opt.2=adam&lr.2=0.1&hide=schedule");
        assertThat(onPage(v.form.schedule)).isFalse();
        assertThat(onPage(v.addRun)).isTrue();
        assertThat(v.rows.get(0).opt.isReadOnly()).isFalse();
        // the preset is fixed with any scenario control (it would replace the hidden one)
        assertThat(onPage(v.preset)).isFalse();
    }

    @Test
    void anImposedPolicyHoldsOnTheComparePageToo() {
        ControlPolicy imposed = ControlPolicy.parse("fn=rosenbrock&opt=adam&lr=0.005&hide=opt", parser,
                ScenarioParser.Mode.SINGLE).policy();
        ControlPolicy.impose(VaadinSession.getCurrent(), imposed);
        CompareView v = open("fn=rosenbrock&opt.1=sgd&lr.1=0.1&opt.2=momentum&lr.2=0.2");
        // the class fixed the optimizer of its one run, so the run list is the class's: one adam run, at the
        // link's (not fixed) learning rate
        assertThat(v.spec().runs()).extracting(r -> r.opt()).containsExactly("adam");
        assertThat(v.spec().runs()).extracting(r -> r.lr()).containsExactly(0.1);
        assertThat(v.spec().hide()).containsExactly(Control.OPT);
        assertThat(v.rows).allSatisfy(r -> assertThat(onPage(r.opt)).isFalse());
    }
}
