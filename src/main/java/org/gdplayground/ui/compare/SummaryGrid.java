package org.gdplayground.ui.compare;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleFunction;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.system.DiagnosisText;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.StatusText;

/**
 * The comparison's summary ({@code #summary}): one row per run with its rank, status, final and best loss, steps to
 * the ‖g‖ tolerance, distance to the nearest minimum and where it ended. "Where it ended" and "steps to the
 * tolerance" come from the same facts: a run the engine places at a minimum whose ‖g‖ never fell below the tolerance is
 * "near" that minimum, with its ‖g‖.
 */
final class SummaryGrid extends Grid<SummaryRow> {

    private final BooleanSupplier playing;
    private StatusText.Translator t = (key, args) -> key;

    /** @param playing whether the comparison is playing (a running row says running or paused) */
    SummaryGrid(BooleanSupplier playing) {
        super(SummaryRow.class, false);
        this.playing = playing;
        setId("summary");
        addClassName("gdp-summary");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setSelectionMode(Grid.SelectionMode.NONE);
        addColumn(LitRenderer.<SummaryRow>of("<span class=\"gdp-swatch\" style=\"background:${item.color}\"></span>")
                .withProperty("color", SummaryRow::color)).setKey("color").setWidth("2.2rem").setFlexGrow(0);
        // Fixed widths: auto widths would be measured on the first frame ("ready") and cut later texts.
        addColumn(SummaryRow::rank).setKey("rank").setWidth("4.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparingInt(SummaryRow::rank));
        addColumn(SummaryRow::label).setKey("run").setWidth("10rem").setFlexGrow(2);
        addColumn(this::statusCell).setKey("status").setWidth("8.5rem").setFlexGrow(1);
        addColumn(LitRenderer.<SummaryRow>of(
                "<span class=\"gdp-final-loss\" data-run=\"${item.run}\">${item.text}</span>")
                .withProperty("run", r -> r.index() + 1)
                .withProperty("text", r -> Formats.num(r.finalLoss())))
                .setKey("final").setWidth("6.5rem").setComparator(byNumber(SummaryRow::finalLoss));
        addColumn(r -> number(r.bestLoss())).setKey("best").setWidth("6.5rem")
                .setComparator(byNumber(SummaryRow::bestLoss));
        addColumn(this::tolCell).setKey("tol").setWidth("6.5rem");
        addColumn(this::distanceCell).setKey("distance").setWidth("7.5rem")
                .setComparator(byNumber(SummaryRow::distance));
        addColumn(this::whereCell).setKey("where").setWidth("12rem").setFlexGrow(3);
        // Engine time is a detail (it varies run to run and says nothing about the optimizer): hidden unless asked.
        addColumn(r -> String.format(Locale.ROOT, "%.1f", r.engineMs())).setKey("time").setWidth("5.5rem")
                .setComparator(byNumber(SummaryRow::engineMs)).setVisible(false);
        getColumns().forEach(c -> c.setResizable(true));
    }

    void localize(StatusText.Translator t) {
        this.t = t;
        for (String key : List.of("run", "status", "final", "best", "tol", "distance", "time", "rank", "where")) {
            getColumnByKey(key).setHeader(t.tr("cmp.col." + key));
        }
    }

    /** Numbers sort ascending with NaN (none) last. */
    private static Comparator<SummaryRow> byNumber(ToDoubleFunction<SummaryRow> f) {
        return (a, b) -> {
            double x = f.applyAsDouble(a);
            double y = f.applyAsDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return Double.compare(x, y);
        };
    }

    private String statusCell(SummaryRow r) {
        String k = Integer.toString(r.k());
        boolean on = playing.getAsBoolean();
        return switch (r.status()) {
            case RUNNING -> r.k() == 0 && !on ? t.tr("cmp.st.ready")
                    : t.tr(on ? "cmp.st.running" : "cmp.st.paused", k);
            case MAX_STEPS -> t.tr("cmp.st.maxSteps", k);
            case CONVERGED -> t.tr("cmp.st.converged", k);
            case DIVERGED -> t.tr("cmp.st.diverged", k);
            case CANCELLED -> t.tr("cmp.st.cancelled", k);
        };
    }

    private String tolCell(SummaryRow r) {
        if (!r.tolSet()) {
            return t.tr("cmp.none");
        }
        if (r.stepsToTol() != null) {
            return Integer.toString(r.stepsToTol());
        }
        return r.finished() ? t.tr("cmp.tol.notReached") : t.tr("cmp.tol.pending");
    }

    /**
     * The distance from θ_k to the nearest known minimum; for a run whose θ_k is no longer finite (it blew up), the
     * distance at its last finite θ with that step ("3.2e5 at step 11"), not a dash: a value exists and says how far
     * off the run was before it overflowed. A dash only when no minimum is known or no θ was ever finite.
     */
    String distanceCell(SummaryRow r) {
        if (!Double.isNaN(r.distance())) {
            return Formats.num(r.distance());
        }
        var finite = r.lastFinite();
        if (finite != null && !Double.isNaN(r.lastFiniteDistance())) {
            return finite.k() == r.k() ? Formats.num(r.lastFiniteDistance()) // θ_k finite, its distance vast
                    : t.tr("cmp.distance.atStep", Formats.num(r.lastFiniteDistance()), Integer.toString(finite.k()));
        }
        return t.tr("cmp.none");
    }

    /**
     * Where the run ended, in the engine's words, or "near" a minimum when ‖g‖ never reached the tolerance; a run with
     * nothing to flag says where θ is (a dash only before the first step).
     */
    String whereCell(SummaryRow r) {
        Diagnosis d = r.diagnosis();
        if (d.code() == Diagnosis.Code.NONE) {
            var finite = r.lastFinite();
            return r.k() == 0 || finite == null ? t.tr("cmp.none")
                    : t.tr("cmp.where.nothing", point(finite.theta()), Integer.toString(finite.k()));
        }
        if (r.nearMinimumOnly() && d.details() instanceof Diagnosis.AtMinimum at) {
            String key = d.code() == Diagnosis.Code.GLOBAL_MINIMUM ? "cmp.where.nearGlobal" : "cmp.where.nearLocal";
            return t.tr(key, point(at.minimum().point()), Formats.num(at.minimum().value()),
                    Formats.num(r.lastGradNorm()), Formats.num(r.tol()));
        }
        return DiagnosisText.of(d, t::tr);
    }

    private String number(double v) {
        return Double.isNaN(v) ? t.tr("cmp.none") : Formats.num(v);
    }

    private static String point(double[] p) {
        List<String> parts = new ArrayList<>(p.length);
        for (double x : p) {
            parts.add(Formats.num(x));
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
