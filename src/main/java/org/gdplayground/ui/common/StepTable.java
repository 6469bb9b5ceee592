package org.gdplayground.ui.common;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.List;
import java.util.function.Function;
import org.gdplayground.engine.optimizer.NamedVector;
import org.gdplayground.engine.run.StepRecord;

/**
 * The step table: k, θ, loss, gradient, Δθ, lr and the optimizer's named state (m, v, m̂, v̂, b, s, u …). Lazy: the
 * browser fetches only the rows it shows, so 100,000 rows stay fast. Rows come from an immutable snapshot that each
 * frame replaces.
 */
public class StepTable extends Grid<StepRecord> {

    /** Most rows the browser may ask for at once (Vaadin's own cap is ten pages of 50). */
    private static final int MAX_VIEWPORT_ROWS = 500;

    private volatile List<StepRecord> rows = List.of();
    private final DataProvider<StepRecord, Void> provider;
    private String layoutKey = "";

    public StepTable(String id) {
        super(StepRecord.class, false);
        setId(id);
        addClassName("gdp-step-table");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        provider = new CallbackDataProvider<>(
                q -> rows.stream().skip(q.getOffset()).limit(q.getLimit()),
                q -> rows.size(),
                StepRecord::k);
        setDataProvider(provider);
        setSelectionMode(SelectionMode.SINGLE);
    }

    /**
     * Sets up the columns for a parameter count and the optimizer's state names (no-op when unchanged).
     *
     * @param header translates a header key (e.g. {@code table.loss})
     */
    public void configure(int dimension, List<String> paramNames, List<String> stateNames, boolean batchLoss,
            Function<String, String> header) {
        String key = dimension + "|" + paramNames + "|" + stateNames + "|" + batchLoss + "|" + header.apply("table.k");
        if (key.equals(layoutKey)) {
            return;
        }
        layoutKey = key;
        removeAllColumns();
        addColumn(StepRecord::k).setHeader(header.apply("table.k")).setKey("k").setWidth("4.5rem").setFlexGrow(0)
                .setFrozen(true);
        addColumn(r -> r.epoch()).setHeader(header.apply("table.epoch")).setKey("epoch").setWidth("4.5rem")
                .setFlexGrow(0).setVisible(batchLoss);
        for (int i = 0; i < dimension; i++) {
            int idx = i;
            addColumn(r -> Formats.num(r.theta(idx), 6)).setHeader(paramNames.get(i)).setKey("theta" + i)
                    .setWidth("7.5rem").setFlexGrow(1).setResizable(true);
        }
        addColumn(r -> Formats.num(r.loss(), 6)).setHeader(header.apply("table.loss")).setKey("loss")
                .setWidth("7.5rem").setFlexGrow(1).setResizable(true);
        if (batchLoss) {
            addColumn(r -> Double.isNaN(r.batchLoss()) ? "—" : Formats.num(r.batchLoss()))
                    .setHeader(header.apply("table.batchLoss")).setKey("batchLoss").setWidth("7rem").setFlexGrow(1)
                    .setResizable(true);
        }
        String vectorWidth = (4 + 6 * Math.min(dimension, 4)) + "rem";
        addColumn(r -> Formats.vec(r.grad())).setHeader(header.apply("table.grad")).setKey("grad")
                .setWidth(vectorWidth).setFlexGrow(1).setResizable(true);
        addColumn(r -> Formats.vec(r.update())).setHeader(header.apply("table.update")).setKey("update")
                .setWidth(vectorWidth).setFlexGrow(1).setResizable(true);
        addColumn(r -> Formats.num(r.lr())).setHeader(header.apply("table.lr")).setKey("lr").setWidth("5.5rem")
                .setFlexGrow(0).setResizable(true);
        for (String name : stateNames) {
            addColumn(r -> state(r, name)).setHeader(stateLabel(name)).setKey("state-" + name)
                    .setWidth(vectorWidth).setFlexGrow(1).setResizable(true);
        }
    }

    /** Replaces the rows with a new snapshot; optionally scrolls to the newest. */
    public void setRows(List<StepRecord> snapshot, boolean follow) {
        rows = List.copyOf(snapshot);
        provider.refreshAll();
        if (follow && !rows.isEmpty()) {
            scrollToEnd();
        }
    }

    /**
     * The browser's grid asks for the rows it shows (this replaces Grid's own client-callable of the same name). A run
     * past {@code playground.limits.ui-records} thins its records, so the rows can shrink (1,001 to 501) while the
     * browser still shows the old end, and its next requests then lie wholly past the rows. Two such requests at
     * different places make Vaadin's data communicator fail ({@code IndexOutOfBoundsException} in
     * {@code collectKeysToFlush}, vaadin/flow#19503) and the page show "Internal error"; this was seen in
     * {@code scripts/class-load-bench.sh 200}. A request starting past the rows is answered with the last rows instead,
     * which is what a grid scrolled to its end shows once it learns the new count.
     */
    @ClientCallable
    private void setViewportRange(int start, int length) {
        int n = rows.size();
        int len = Math.max(0, Math.min(length, MAX_VIEWPORT_ROWS));
        int from = start >= n ? Math.max(0, n - len) : Math.max(0, start);
        getDataCommunicator().setViewportRange(from, len);
    }

    public List<StepRecord> rows() {
        return rows;
    }

    /** Display label of a state vector: mHat → m̂, vHat → v̂, vMax → v_max. */
    public static String stateLabel(String name) {
        return switch (name) {
            case "mHat" -> "m̂";
            case "vHat" -> "v̂";
            case "vMax" -> "v_max";
            case "mu" -> "μ";
            case "muProduct" -> "Π μ";
            case "eta" -> "η";
            case "rho" -> "ρₜ";
            case "prevGrad" -> "g_prev";
            case "Hdiag" -> "H_diag";
            case "HinvG" -> "H⁻¹g";
            case "detH" -> "det H";
            default -> name;
        };
    }

    private static String state(StepRecord r, String name) {
        for (NamedVector v : r.state()) {
            if (v.name().equals(name)) {
                return Formats.vec(v.values());
            }
        }
        return "";
    }
}
