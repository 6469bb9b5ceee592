package org.gdplayground.ui.simplenet;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A small matrix shown as a grid of numbers with row and column labels (e.g. W's rows x₁, x₂ and columns class 1…3).
 * Cells are updated in place, so a frame sends only the changed texts.
 */
final class MatrixView extends Div {

    private final List<Span> cells = new ArrayList<>();
    private final int cols;
    private final List<Span> colHeads = new ArrayList<>();
    private final List<Span> rowHeads = new ArrayList<>();

    MatrixView(String id, int rows, int cols) {
        this.cols = cols;
        setId(id);
        addClassName("gdp-sn-matrix");
        getStyle().set("--gdp-sn-cols", Integer.toString(cols));
        add(corner());
        for (int j = 0; j < cols; j++) {
            Span h = new Span();
            h.addClassName("gdp-sn-head");
            colHeads.add(h);
            add(h);
        }
        for (int i = 0; i < rows; i++) {
            Span r = new Span();
            r.addClassName("gdp-sn-head");
            rowHeads.add(r);
            add(r);
            for (int j = 0; j < cols; j++) {
                Span c = new Span();
                c.addClassName("gdp-sn-cell");
                c.getElement().setAttribute("data-cell", i + "," + j);
                cells.add(c);
                add(c);
            }
        }
    }

    private static Span corner() {
        Span s = new Span();
        s.addClassName("gdp-sn-head");
        return s;
    }

    void heads(List<String> rows, List<String> columns) {
        for (int i = 0; i < rowHeads.size(); i++) {
            rowHeads.get(i).setText(rows.get(i));
        }
        for (int j = 0; j < colHeads.size(); j++) {
            colHeads.get(j).setText(columns.get(j));
        }
    }

    /** Shows {@code values} (row-major) with {@code format}; a negative number is marked for colouring. */
    void show(double[] values, DoubleFunction<String> format) {
        for (int k = 0; k < cells.size(); k++) {
            Span c = cells.get(k);
            String text = format.apply(values[k]);
            if (!text.equals(c.getText())) {
                c.setText(text);
            }
            c.getElement().setAttribute("data-sign", values[k] < 0 ? "neg" : "pos");
        }
    }

    /** The text of cell (i, j), for tests. */
    String cell(int i, int j) {
        return cells.get(i * cols + j).getText();
    }
}
