package org.gdplayground.ui.common;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The learning-rate slider ({@code #lr-slider}): a logarithmic range from 1e−6 to 10 beside the learning-rate field.
 * The slider's value is log₁₀ lr; the field shows the rate rounded to three significant digits.
 */
public class LrSlider extends Input {

    public static final int MIN_EXP = -6;
    public static final int MAX_EXP = 1;

    public LrSlider() {
        super(ValueChangeMode.ON_CHANGE);
        setId("lr-slider");
        setType("range");
        getElement().setAttribute("min", Integer.toString(MIN_EXP)).setAttribute("max", Integer.toString(MAX_EXP))
                .setAttribute("step", "0.01");
        addClassName("gdp-range");
    }

    /** Moves the slider to {@code lr} (ignored when it is not a positive number). */
    public void show(double lr) {
        if (lr > 0 && Double.isFinite(lr)) {
            setValue(position(lr));
        }
    }

    /** The slider position of {@code lr}: log₁₀ lr with two decimals. */
    public static String position(double lr) {
        return String.format(Locale.ROOT, "%.2f", Math.log10(lr));
    }

    /**
     * The learning rate at slider position {@code value}, three significant digits rounded in decimal (0.0501, not
     * 0.050100000000000006); NaN when the value is not a number.
     */
    public static double lr(String value) {
        double exp;
        try {
            exp = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return new BigDecimal(Math.pow(10, exp)).round(new MathContext(3)).doubleValue();
    }

    /** Sets the accessible name (and tooltip). */
    public void label(String text) {
        getElement().setAttribute("aria-label", text);
        getElement().setAttribute("title", text);
    }
}
