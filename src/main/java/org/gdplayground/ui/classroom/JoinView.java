package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.JoinResult;
import org.gdplayground.classroom.Model.Joined;
import org.gdplayground.classroom.Model.Reason;
import org.gdplayground.classroom.Model.Refused;
import org.gdplayground.classroom.Model.StudentTicket;
import org.gdplayground.classroom.Secrets;
import org.gdplayground.classroom.Nicknames;
import org.gdplayground.classroom.ScenarioLink;
import java.time.Duration;
import org.gdplayground.ui.MainLayout;

/**
 * {@code /join/<code>} (or {@code /join} with {@code #class-code-input}): a student picks a nickname and {@code #join}
 * opens the class's scenario in the playground, as a student of the class.
 */
@Route(value = "join/:code?", layout = MainLayout.class)
public class JoinView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final ClassroomService classes;
    private final H2 title = new H2();
    final TextField code = new TextField();
    final TextField nickname = new TextField();
    final Button join = new Button();
    final Paragraph error = new Paragraph();
    /** The class has ended (or its time ran out): said as such, not as a wrong code. */
    final Paragraph ended = new Paragraph();

    public JoinView(ClassroomService classes) {
        this.classes = classes;
        addClassNames("gdp-classroom", "gdp-join");
        code.setId("class-code-input");
        code.setMaxLength(12);
        code.addClassName("gdp-class-code-input");
        code.getElement().setAttribute("autocapitalize", "characters");
        nickname.setId("nickname");
        nickname.setMaxLength(Nicknames.MAX_LENGTH * 2); // code points are checked on the server; UTF-16 units here
        nickname.setAutofocus(true);
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> join());
        join.addClickShortcut(Key.ENTER);
        error.setId("join-error");
        error.addClassName("gdp-class-error");
        error.setVisible(false);
        ended.setId("class-ended");
        ended.addClassName("gdp-class-ended");
        ended.setVisible(false);
        Div card = new Div(title, code, nickname, join, error, ended);
        card.addClassNames("gdp-card", "gdp-join-card");
        add(card);
        localize();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(c -> code.setValue(c.toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addStyleSheet("context://gdp/classroom.css");
    }

    void join() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? "local" : request.getRemoteAddr();
        UI ui = UI.getCurrent();
        // the same browser joining again keeps its row (and its results): its session, or its membership cookie
        StudentTicket previous = StudentSession.ticket(ui.getSession());
        String typed = Secrets.normalizeCode(code.getValue());
        if ((previous == null || !previous.code().equals(typed)) && typed != null) {
            String cookie = ClassCookies.memberships().get(typed);
            previous = cookie == null ? null : classes.member(typed, cookie).orElse(null);
        }
        JoinResult r = classes.join(code.getValue(), nickname.getValue(), address, previous);
        switch (r) {
            case Refused refused -> {
                boolean over = refused.reason() == Reason.ENDED;
                ended.setText(over ? getTranslation(refused.reason().key()) : "");
                ended.setVisible(over);
                error.setText(over ? "" : getTranslation(refused.reason().key()));
                error.setVisible(!over);
            }
            case Joined joined -> {
                error.setVisible(false);
                ended.setVisible(false);
                StudentSession.set(ui.getSession(), joined.ticket());
                ClassCookies.rememberMember(joined.ticket().code(), classes.membership(joined.ticket()),
                        Duration.between(classes.now(), classes.deletesAt(joined.info())));
                open(ui, joined.info());
            }
        }
    }

    /** Opens the class's scenario: the playground (where the class badge and reporting attach), or compare. */
    static void open(UI ui, ClassInfo info) {
        String link = info.scenario();
        if (ScenarioLink.isCompare(link)) {
            ui.getPage().setLocation(link);
        } else {
            ui.navigate("", QueryParameters.fromString(ScenarioLink.query(link)));
        }
    }

    private void localize() {
        title.setText(getTranslation("classroom.join.title"));
        code.setLabel(getTranslation("classroom.join.code"));
        nickname.setLabel(getTranslation("classroom.join.nickname"));
        nickname.setHelperText(getTranslation("classroom.join.nickname.help"));
        join.setText(getTranslation("classroom.join.button"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.join.title") + " · " + getTranslation("app.title");
    }
}
