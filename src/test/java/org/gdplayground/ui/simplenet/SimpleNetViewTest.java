package org.gdplayground.ui.simplenet;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The simpleNet page without a browser: what it shows, Step, Play frames, Reset, link state and field errors. */
@SpringBootTest
class SimpleNetViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void opensWithTheBooksWAndShowsBothGradients() {
        SimpleNetView v = navigate(SimpleNetView.class);
        assertThat(v.wFields.get(0).getValue()).isEqualTo("0.47355232");
        assertThat(v.dwAnalytic.cell(0, 0)).isEqualTo("0.21924763");
        assertThat(v.dwNumerical.cell(0, 0)).isEqualTo("0.21924757");
        assertThat(v.dwDifference.cell(0, 0)).isEqualTo("−5.5e−8");
        assertThat(v.z.cell(0, 2)).isEqualTo("1.13281");
        assertThat(v.loss.getText()).isEqualTo("L = 0.92806829");
        assertThat(v.status.getText()).isEqualTo("Ready · step 0 · loss 0.928068 · predicted class 3, label class 3");
        assertThat(v.link()).isEqualTo("w=0.47355232,0.9977393,0.84668094,0.85557411,0.03563661,0.69422093"
                + "&x=0.6,0.9&t=0,0,1&opt=sgd&lr=0.1");
    }

    @Test
    void stepsAndFramesTrainAndResetGoesBack() {
        SimpleNetView v = navigate(SimpleNetView.class);
        test(v.step).click();
        assertThat(v.status.getText()).startsWith("Paused · step 1 · loss 0.8");
        // one SGD step: w₁₃ ← 0.84668094 − 0.1 × (−0.36281009)
        assertThat(v.wFields.get(2).getValue()).isEqualTo("0.882962");
        test(v.play).click();
        assertThat(v.status.getElement().getAttribute("data-state")).isEqualTo("running");
        assertThat(v.wFields.get(0).isReadOnly()).isTrue();
        for (int i = 0; i < 30; i++) {
            v.frame();
        }
        assertThat(v.status.getText()).startsWith("Training · step 31 ·");
        test(v.play).click();
        assertThat(v.status.getElement().getAttribute("data-state")).isEqualTo("paused");
        assertThat(Double.parseDouble(v.loss.getText().substring(4))).isLessThan(0.5);
        test(v.reset).click();
        assertThat(v.status.getText()).startsWith("Ready · step 0 · loss 0.928068");
        assertThat(v.wFields.get(2).getValue()).isEqualTo("0.84668094");
    }

    @Test
    void aLinkOpensItsStateAndABadOneIsNamed() {
        UI.getCurrent().navigate("simplenet", QueryParameters.fromString("w=0,0,0,0,0,0&x=1,2&t=1,0,0&opt=adam&lr=0.05"));
        SimpleNetView v = find(SimpleNetView.class).single();
        assertThat(v.opt.getValue()).isEqualTo("adam");
        assertThat(v.label.getValue()).isZero();
        assertThat(v.dwAnalytic.cell(0, 0)).isEqualTo("−0.66666667");
        assertThat(v.linkErrors.isVisible()).isFalse();

        UI.getCurrent().navigate("simplenet", QueryParameters.fromString("x=1&t=2&lang=ko"));
        v = find(SimpleNetView.class).single();
        assertThat(v.linkErrors.isVisible()).isTrue();
        assertThat(v.linkErrors.getElement().getTextRecursively())
                .contains("입력 x: 쉼표로 구분한 수 2개가 필요합니다")
                .contains("정답 레이블 t: 1,0,0 | 0,1,0 | 0,0,1 중 하나를 골라 주세요");
        assertThat(v.x1.getValue()).isEqualTo("0.6");
    }

    @Test
    void aBadFieldIsMarkedKeptAndStartsNothing() {
        SimpleNetView v = navigate(SimpleNetView.class);
        test(v.wFields.get(4)).setValue("200");
        assertThat(v.wFields.get(4).isInvalid()).isTrue();
        assertThat(v.wFields.get(4).getErrorMessage()).isEqualTo("Weights W must be in [-100, 100], got 200.");
        test(v.play).click();
        assertThat(v.status.getText()).startsWith("Fix the marked fields first");
        assertThat(v.wFields.get(4).getValue()).isEqualTo("200");
        test(v.wFields.get(4)).setValue("1");
        assertThat(v.wFields.get(4).isInvalid()).isFalse();
        assertThat(v.link()).startsWith("w=0.47355232,0.9977393,0.84668094,0.85557411,1,0.69422093&");
    }
}
