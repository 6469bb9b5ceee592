package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.ClassInfo;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.ui.MainLayout;

/**
 * {@code /class}: a teacher starts a class ({@code #create-class}) and lands on its dashboard, or goes back to one of
 * the classes this browser teaches ({@code #my-classes}).
 */
@Route(value = "class", layout = MainLayout.class)
public class ClassStartView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ClassroomService classes;
    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final TextField scenario = new TextField();
    final Button create = new Button();
    /** The classes this browser teaches (its teacher cookies), newest first, with their state. */
    final Div myClasses = new Div();
    private final H3 myTitle = new H3();
    private final Div myList = new Div();

    public ClassStartView(ClassroomService classes) {
        this.classes = classes;
        addClassNames("gdp-classroom", "gdp-class-start");
        scenario.setId("class-scenario-start");
        scenario.setWidthFull();
        scenario.setClearButtonVisible(true);
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        Div card = new Div(title, text, scenario, create);
        card.addClassNames("gdp-card", "gdp-class-start-card");
        myClasses.setId("my-classes");
        myClasses.addClassNames("gdp-card", "gdp-class-start-card", "gdp-my-classes");
        myList.addClassName("gdp-my-classes-list");
        myClasses.add(myTitle, myList);
        add(card, myClasses);
        localize();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addStyleSheet("context://gdp/classroom.css");
        listMine();
    }

    /** Lists the classes this browser teaches. */
    void listMine() {
        myList.removeAll();
        List<ClassInfo> mine = classes.mine(ClassCookies.teacherKeys());
        myClasses.setVisible(!mine.isEmpty());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (ClassInfo i : mine) {
            String state = classes.isOpen(i) ? (i.paused() ? "paused" : "open") : "ended";
            Anchor a = new Anchor("class/" + i.code(), i.code());
            a.addClassName("gdp-my-class-code");
            Span what = new Span(getTranslation("classroom.mine.state." + state) + " · "
                    + getTranslation("classroom.mine.created", when.format(i.created())) + " · "
                    + getTranslation("classroom.students", classes.studentCount(i)));
            what.addClassName("gdp-note");
            Div row = new Div(a, what);
            row.addClassName("gdp-my-class");
            row.getElement().setAttribute("data-code", i.code());
            row.getElement().setAttribute("data-state", state);
            myList.add(row);
        }
    }

    void create() {
        String link = scenario.getValue();
        Created c;
        try {
            c = classes.create(link);
        } catch (IllegalArgumentException tooLong) {
            scenario.setInvalid(true);
            return;
        }
        // the key goes straight into this browser's cookie: the dashboard's address never holds it
        ClassInfo info = classes.teacher(c.code(), c.key()).orElseThrow();
        ClassCookies.rememberTeacher(c.code(), c.key(), Duration.between(classes.now(), classes.deletesAt(info)));
        getUI().ifPresent(ui -> ui.navigate("class/" + c.code()));
    }

    private void localize() {
        title.setText(getTranslation("classroom.start.title"));
        text.setText(getTranslation("classroom.start.text"));
        scenario.setLabel(getTranslation("classroom.start.scenario"));
        scenario.setHelperText(getTranslation("classroom.start.scenario.help"));
        create.setText(getTranslation("classroom.start.create"));
        myTitle.setText(getTranslation("classroom.mine.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
        if (isAttached()) {
            listMine();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.start.title") + " · " + getTranslation("app.title");
    }
}
