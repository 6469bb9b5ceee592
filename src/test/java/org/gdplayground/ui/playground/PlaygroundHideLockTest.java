package org.gdplayground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.gdplayground.scenario.Control;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.session.Speed;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.common.ControlPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** hide= and lock= on the playground: hidden controls are not on the page, locked ones are read-only and hold. */
@SpringBootTest
@Import(SyncRuns.class)
class PlaygroundHideLockTest extends SpringBrowserlessTest {

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

    private PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return find(PlaygroundView.class).single();
    }

    private static boolean onPage(Component c) {
        return c.getUI().isPresent();
    }

    @Test
    void aHiddenControlIsNotOnThePageAndALockedOneIsReadOnly() {
        PlaygroundView v = open("fn=rosenbrock&opt=adam&lr=0.1&hide=opt,speed&lock=lr");
        assertThat(onPage(v.opt)).isFalse();
        assertThat(onPage(v.speed)).isFalse();
        assertThat($view(com.vaadin.flow.component.select.Select.class).all()).extracting(s -> s.getId().orElse(""))
                .doesNotContain("opt", "speed").contains("fn");
        assertThat(onPage(v.lr)).isTrue();
        assertThat(v.lr.isReadOnly()).isTrue();
        assertThat(v.lr.getValue()).isEqualTo("0.1");
        assertThat(v.lrSlider.isEnabled()).isFalse();
        assertThat(v.form.steps.isReadOnly()).isFalse();
        assertThat(v.lockedNote.isVisible()).isTrue();
        assertThat(v.lockedNote.getText()).isEqualTo("Some settings are fixed for this lesson: Learning rate.");
        // the scenario keeps the link's optimizer and the address keeps hide and lock
        assertThat(v.spec().run().opt()).isEqualTo("adam");
        assertThat(v.currentQuery()).contains("opt=adam").endsWith("&hide=opt,speed&lock=lr");
    }

    @Test
    void aChangeToALockedFieldIsRefusedAndTheValueShownAgain() {
        PlaygroundView v = open("fn=sphere&opt=sgd&lr=0.1&init=-3,4&lock=lr,init");
        // a request that sets the read-only field anyway (as a tampered client would)
        v.lr.setValue("5");
        assertThat(v.lr.getValue()).isEqualTo("0.1");
        assertThat(v.spec().run().lr()).isEqualTo(0.1);
        v.form.init.get(0).setValue("2");
        assertThat(v.form.init.get(0).getValue()).isEqualTo("-3");
        v.startAt(1, 1);
        assertThat(v.spec().init()).containsExactly(-3.0, 4.0);
        // the other controls still work, and the new scenario keeps the lock
        test(v.form.steps).setValue("50");
        assertThat(v.spec().steps()).isEqualTo(50);
        assertThat(v.spec().run().lr()).isEqualTo(0.1);
        assertThat(v.currentQuery()).contains("steps=50").endsWith("&lock=lr,init");
    }

    @Test
    void aLockedViewControlShowsTheLinksValueReadOnly() {
        PlaygroundView v = open("fn=sphere&lr=0.1&speed=slow&lock=speed");
        assertThat(v.speed.isReadOnly()).isTrue();
        assertThat(v.speed.getValue()).isEqualTo(Speed.SLOW);
        assertThat(v.viewParams().speed()).isEqualTo(Speed.SLOW);
    }

    @Test
    void aLinkWithoutHideOrLockShowsEverything() {
        PlaygroundView v = open("fn=rosenbrock&opt=adam&lr=0.1&hide=opt");
        assertThat(onPage(v.opt)).isFalse();
        PlaygroundView w = open("fn=rosenbrock&opt=adam&lr=0.1");
        assertThat(onPage(w.opt)).isTrue();
        assertThat(w.opt.isReadOnly()).isFalse();
        assertThat(w.lockedNote.isVisible()).isFalse();
    }

    @Test
    void hidingTheWholeAdvancedSectionLeavesNoEmptyBox() {
        PlaygroundView v = open("fn=sphere&lr=0.1&hide=grad,schedule,stop");
        assertThat(v.form.advanced.isVisible()).isFalse();
        assertThat(onPage(v.form.grad)).isFalse();
        PlaygroundView w = open("fn=sphere&lr=0.1&hide=grad");
        assertThat(w.form.advanced.isVisible()).isTrue();
    }

    @Test
    void anImposedPolicyWinsOverTheLink() {
        ControlPolicy imposed = ControlPolicy.parse("fn=rosenbrock&opt=momentum&lr=0.001&hide=opt&lock=lr", parser,
                ScenarioParser.Mode.SINGLE).policy();
        PlaygroundView v = open("fn=rosenbrock&opt=adam&lr=0.1");
        v.applyPolicy(imposed);
        assertThat(v.spec().run().opt()).isEqualTo("momentum");
        assertThat(v.spec().run().lr()).isEqualTo(0.001);
        assertThat(onPage(v.opt)).isFalse();
        assertThat(v.lr.isReadOnly()).isTrue();
        // a typed link (or Back to an older entry) cannot lift it: the fixed controls keep the class's values
        PlaygroundView typed = open("fn=sphere&opt=adam&lr=5&steps=30");
        assertThat(typed.spec().run().opt()).isEqualTo("momentum");
        assertThat(typed.spec().run().lr()).isEqualTo(0.001);
        assertThat(typed.spec().fn()).isEqualTo("sphere"); // fn is not fixed: the link's
        assertThat(typed.spec().steps()).isEqualTo(30);
        assertThat(typed.spec().hide()).containsExactly(Control.OPT);
        assertThat(typed.spec().lock()).containsExactly(Control.LR);
        assertThat(onPage(typed.opt)).isFalse();
        assertThat(typed.policy().hidden()).containsExactly(Control.OPT);
        // lifted: links speak for themselves again
        ControlPolicy.lift(VaadinSession.getCurrent());
        PlaygroundView free = open("fn=sphere&opt=adam&lr=5");
        assertThat(free.spec().run().lr()).isEqualTo(5.0);
        assertThat(onPage(free.opt)).isTrue();
    }
}
