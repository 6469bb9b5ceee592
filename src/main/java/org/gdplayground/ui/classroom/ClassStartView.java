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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.Map;
import org.gdplayground.classroom.ClassroomService;
import org.gdplayground.classroom.Model.Created;
import org.gdplayground.ui.MainLayout;

/** {@code /class}: a teacher starts a class ({@code #create-class}) and lands on its dashboard. */
@Route(value = "class", layout = MainLayout.class)
public class ClassStartView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final ClassroomService classes;
    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final TextField scenario = new TextField();
    final Button create = new Button();

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
        add(card);
        localize();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addStyleSheet("context://gdp/classroom.css");
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
        getUI().ifPresent(ui -> ui.navigate("class/" + c.code(), QueryParameters.simple(Map.of("key", c.key()))));
    }

    private void localize() {
        title.setText(getTranslation("classroom.start.title"));
        text.setText(getTranslation("classroom.start.text"));
        scenario.setLabel(getTranslation("classroom.start.scenario"));
        scenario.setHelperText(getTranslation("classroom.start.scenario.help"));
        create.setText(getTranslation("classroom.start.create"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classroom.start.title") + " · " + getTranslation("app.title");
    }
}
