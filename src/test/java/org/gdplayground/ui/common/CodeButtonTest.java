package org.gdplayground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.stream.Stream;
import org.gdplayground.codeexport.PythonExport.Lang;
import org.gdplayground.ui.SyncRuns;
import org.gdplayground.ui.compare.CompareView;
import org.gdplayground.ui.playground.PlaygroundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The "Code" button on both run pages: the dialog shows the run on screen as PyTorch or NumPy. */
@SpringBootTest
@Import(SyncRuns.class)
class CodeButtonTest extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private CodeButton button(Class<? extends Component> view, String query) {
        navigate(view);
        UI.getCurrent().navigate(view, QueryParameters.fromString(query));
        return descendants(find(view).single()).filter(CodeButton.class::isInstance).map(CodeButton.class::cast)
                .findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(CodeButtonTest::descendants));
    }

    private static <T extends Component> T in(Dialog d, Class<T> type, String id) {
        return descendants(d).filter(type::isInstance).map(type::cast)
                .filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void playgroundDialogShowsPyTorchThenNumpy() {
        CodeButton b = button(PlaygroundView.class, "fn=ellipse&opt=momentum&lr=0.02&init=-4,2&steps=100");
        assertThat(b.getText()).isEqualTo("Code");
        Dialog d = b.open();
        assertThat(d.isOpened()).isTrue();
        Pre script = in(d, Pre.class, "code-script");
        assertThat(script.getText()).contains("torch.optim.SGD([theta], lr=LR, momentum=MOMENTUM")
                .contains("App link: /?fn=ellipse").contains("The app's answer after step 100");
        assertThat(in(d, Span.class, "code-note").getText()).contains("pip install torch");
        // the note and the script's own header name the same file (and the API's download has that name)
        assertThat(in(d, Span.class, "code-note").getText()).contains("python3 gd_run_pytorch.py");
        assertThat(script.getText()).contains("python3 gd_run_pytorch.py").doesNotContain("this_file")
                .doesNotContain("run.py ");
        RadioButtonGroup<Lang> lang = in(d, RadioButtonGroup.class, "code-lang");
        lang.setValue(Lang.NUMPY);
        assertThat(script.getText()).contains("import numpy as np").contains("theta = theta - lr * b");
        assertThat(in(d, Span.class, "code-note").getText()).contains("python3 gd_run_numpy.py");
        assertThat(script.getText()).contains("python3 gd_run_numpy.py");
    }

    @Test
    @SuppressWarnings("unchecked")
    void compareExportsTheChosenRunAndSaysWhatCannotBeExported() {
        CodeButton b = button(CompareView.class, "fn=rosenbrock&init=-1.5,2&steps=50&opt.1=adam&lr.1=0.03"
                + "&opt.2=lbfgs");
        Dialog d = b.open();
        assertThat(d.getHeaderTitle()).isEqualTo("Take the code home: run 1");
        assertThat(in(d, Pre.class, "code-script").getText()).contains("torch.optim.Adam(");
        var spec = b.currentSpecForTests();
        assertThat(b.script(spec, 1, Lang.PYTORCH)).contains("torch.optim.LBFGS(");
        assertThat(b.script(spec, 1, Lang.NUMPY)).isNull();
    }
}
