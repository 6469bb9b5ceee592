package org.gdplayground.ui.insight;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.analysis.GradientCheck;
import org.gdplayground.engine.function.Objective;
import org.gdplayground.engine.run.StepRecord;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;
import org.jspecify.annotations.Nullable;

/**
 * Optional step-table columns (off by default, {@link #toggle} id {@code grad-check-columns}): at each row's θ the
 * exact gradient of the full objective, the central and forward differences with the chosen h, and their errors.
 * Computed only for the rows the browser shows, and kept for the last few hundred rows.
 */
public final class GradientCheckColumns {

    /** Column keys, in order. */
    public static final List<String> KEYS = List.of("check-exact", "check-central", "check-central-error",
            "check-forward", "check-forward-error");
    private static final int CACHE = 200;

    public final Checkbox toggle = new Checkbox();
    private final Grid<StepRecord> table;
    private @Nullable Objective objective;
    private double h = GradientCheck.DEFAULT_H;
    private final Map<StepRecord, GradientCheck> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<StepRecord, GradientCheck> eldest) {
            return size() > CACHE;
        }
    };

    public GradientCheckColumns(Grid<StepRecord> table) {
        this.table = table;
        toggle.setId("grad-check-columns");
        toggle.addValueChangeListener(e -> visible(e.getValue()));
    }

    /** (Re)adds the columns after the table was configured for a run on {@code objective} with step {@code h}. */
    public void configure(Objective objective, double h, StatusText.Translator tr) {
        this.objective = objective;
        this.h = h;
        cache.clear();
        for (String key : KEYS) {
            Grid.Column<StepRecord> c = table.getColumnByKey(key);
            if (c != null) {
                table.removeColumn(c);
            }
        }
        String hText = Formats.num(h);
        String width = (4 + 6 * Math.min(objective.dimension(), 4)) + "rem";
        add("check-exact", r -> Formats.vec(check(r).analytic()), tr.tr("insight.col.exact"), width);
        add("check-central", r -> Formats.vec(check(r).central()), tr.tr("insight.col.central", hText), width);
        add("check-central-error", r -> Formats.num(check(r).centralError()), tr.tr("insight.col.centralError"),
                "8rem");
        add("check-forward", r -> Formats.vec(check(r).forward()), tr.tr("insight.col.forward", hText), width);
        add("check-forward-error", r -> Formats.num(check(r).forwardError()), tr.tr("insight.col.forwardError"),
                "8rem");
        placeAfterGradient();
        toggle.setLabel(tr.tr("insight.columns"));
        toggle.setTooltipText(tr.tr("insight.columns.tip"));
        visible(toggle.getValue());
    }

    private void add(String key, com.vaadin.flow.function.ValueProvider<StepRecord, String> value, String header,
            String width) {
        // Hidden columns are still filled by the grid: compute nothing (and keep no checks) until they are shown.
        table.addColumn(r -> toggle.getValue() ? value.apply(r) : "").setKey(key).setHeader(header).setWidth(width).setFlexGrow(1).setResizable(true)
                .setVisible(toggle.getValue());
    }

    /** Puts the check columns right after the table's gradient column ({@code grad}), where they are compared. */
    private void placeAfterGradient() {
        List<Grid.Column<StepRecord>> order = new java.util.ArrayList<>();
        List<Grid.Column<StepRecord>> mine = new java.util.ArrayList<>();
        for (Grid.Column<StepRecord> c : table.getColumns()) {
            if (KEYS.contains(c.getKey())) {
                mine.add(c);
            }
        }
        boolean placed = false;
        for (Grid.Column<StepRecord> c : table.getColumns()) {
            if (KEYS.contains(c.getKey())) {
                continue;
            }
            order.add(c);
            if ("grad".equals(c.getKey())) {
                order.addAll(mine);
                placed = true;
            }
        }
        if (placed) {
            table.setColumnOrder(order);
        }
    }

    private void visible(boolean on) {
        boolean changed = false;
        for (String key : KEYS) {
            Grid.Column<StepRecord> c = table.getColumnByKey(key);
            if (c != null && c.isVisible() != on) {
                c.setVisible(on);
                changed = true;
            }
        }
        if (!on) {
            cache.clear();
        }
        if (changed && on) {
            table.getDataCommunicator().reset(); // the rows the browser has were sent with empty check cells
        }
    }

    private GradientCheck check(StepRecord r) {
        Objective o = objective;
        if (o == null) {
            throw new IllegalStateException("configure first");
        }
        GradientCheck g = cache.get(r);
        if (g == null) {
            double[] theta = r.theta();
            boolean finite = true;
            for (double v : theta) {
                finite &= Double.isFinite(v);
            }
            g = finite ? GradientCheck.withoutSweep(o, theta, h)
                    : new GradientCheck(theta, h, nan(theta.length), nan(theta.length), nan(theta.length),
                            Double.NaN, Double.NaN, List.of());
            cache.put(r, g);
        }
        return g;
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
