package org.gdplayground.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.gdplayground.classroom.Outcome;
import org.gdplayground.ui.common.SvgPanel;

/**
 * What the dashboard and the projector show alike: the card with the class code, where students join and the join
 * QR code ({@code #class-code}, {@code #join-link}), the "class ended" note ({@code #class-ended}) and an outcome's
 * coloured symbol.
 */
final class JoinCard extends Div {

    final Span classCode = new Span();
    final Span joinAt = new Span();
    final SvgPanel qr;
    final Div codeBox = new Div();

    /**
     * @param qrId     the QR code's id
     * @param joinLink the join address as the page shows it (a link, or text in two pieces)
     * @param after    what follows the address in the code box
     */
    <T extends Component & HasStyle> JoinCard(String qrId, T joinLink, Component... after) {
        qr = new SvgPanel(qrId, "gdp-join-qr");
        classCode.setId("class-code");
        classCode.addClassName("gdp-class-code");
        joinLink.setId("join-link");
        joinLink.addClassName("gdp-join-link");
        codeBox.add(classCode, joinAt, joinLink);
        codeBox.add(after);
        codeBox.addClassName("gdp-class-code-box");
        add(codeBox, qr);
        addClassNames("gdp-card", "gdp-class-join");
    }

    /** Shows the class's code and the QR code of its join address. */
    void show(String code, String joinUrl, String qrAlt) {
        classCode.setText(code);
        qr.setSvg(JoinQr.svg(joinUrl, qrAlt));
    }

    /** The note that the class has ended, hidden until it has. */
    static Paragraph endedNote() {
        Paragraph p = new Paragraph();
        p.setId("class-ended");
        p.addClassName("gdp-class-ended");
        p.setVisible(false);
        return p;
    }

    /** An outcome's symbol in its colour (the words are beside it, so screen readers skip it). */
    static Span outcomeIcon(Outcome o) {
        Span icon = new Span(o.icon());
        icon.addClassName("gdp-outcome-icon");
        icon.getStyle().set("color", o.color());
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
