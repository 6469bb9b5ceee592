package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The learning-rate slider ({@code #lr-slider}): a range over log₁₀(lr) from −6 to 1 (so 1e−6 … 10 share one
 * slider) beside the learning-rate field, which a screen reader would read as "−1.01". Its {@code aria-valuetext}
 * says the learning rate itself ("learning rate 0.0977", "학습률 0.0977"), both when the server moves it and, before
 * any round trip, while the learner drags it or presses an arrow key (a small script on the element writes the same
 * text from the same rounding).
 */
public class LrSlider extends Input implements LocaleChangeObserver {

    public static final int MIN_EXP = -6;
    public static final int MAX_EXP = 1;

    /** The learning rate last shown by {@link #show}, NaN after the learner moved the thumb. */
    private double shown = Double.NaN;

    public LrSlider() {
        super(ValueChangeMode.ON_CHANGE);
        setId("lr-slider");
        setType("range");
        getElement().setAttribute("min", Integer.toString(MIN_EXP)).setAttribute("max", Integer.toString(MAX_EXP))
                .setAttribute("step", "0.01");
        addClassName("gdp-range");
        // The same three significant digits as lr(…) below, written while the thumb moves.
        getElement().executeJs("const el = this; el.addEventListener('input', () => {"
                + " const t = el.getAttribute('data-valuetext') || '{0}';"
                + " const v = Number(Math.pow(10, Number(el.value)).toPrecision(3));"
                + " el.setAttribute('aria-valuetext', t.replace('{0}', String(v))); });");
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                shown = Double.NaN;
                describe();
            }
        });
    }

    /** The learning rate at slider position {@code exponent}, to three significant digits (0.0501, not 0.0501000…). */
    public static double lr(double exponent) {
        return new BigDecimal(Math.pow(10, exponent)).round(new MathContext(3)).doubleValue();
    }

    /** The learning rate at slider position {@code value} (see {@link #lr(double)}); NaN when it is not a number. */
    public static double lr(String value) {
        try {
            return lr(Double.parseDouble(value));
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }

    /** The slider position of {@code lr}: log₁₀ lr with two decimals. */
    public static String position(double lr) {
        return String.format(Locale.ROOT, "%.2f", Math.log10(lr));
    }

    /**
     * Puts the thumb at {@code lr} (to the slider's 0.01 in log₁₀) and says {@code lr} itself, unrounded; ignored when
     * {@code lr} is not a positive number.
     */
    public void show(double lr) {
        if (!(lr > 0 && Double.isFinite(lr))) {
            return;
        }
        shown = lr;
        super.setValue(position(lr));
        describe();
    }

    @Override
    public void setValue(String value) {
        shown = Double.NaN;
        super.setValue(value);
        describe();
    }

    /** Sets the accessible name (and tooltip). */
    public void label(String text) {
        getElement().setAttribute("aria-label", text);
        getElement().setAttribute("title", text);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        describe();
    }

    private void describe() {
        String template = getTranslation("a11y.lr.valuetext", "{0}");
        getElement().setAttribute("data-valuetext", template);
        String v = getValue();
        double exponent;
        try {
            exponent = Double.parseDouble(v);
        } catch (NumberFormatException | NullPointerException e) {
            getElement().removeAttribute("aria-valuetext");
            return;
        }
        double lr = Double.isFinite(shown) ? shown : lr(exponent);
        getElement().setAttribute("aria-valuetext", template.replace("{0}", text(lr)));
    }

    /** The learning rate as the page writes numbers (6 significant digits at most: 0.05, 0.0501, 1e-10). */
    static String text(double lr) {
        return Formats.num(lr, 6);
    }
}
