package org.gdplayground.ui.page;

import java.util.function.Predicate;
import org.gdplayground.scenario.RunSpec;
import org.gdplayground.scenario.ScenarioQuery;
import org.gdplayground.system.NumberText;
import org.gdplayground.ui.common.StatusText;

/**
 * A run's name on a page ("2 · Adam · lr 0.03"), from the optimizer's own label keys: its short name where the
 * bundles have one ({@code cmp.short.<key>}), else its full name ({@code opt.<key>.name}, the one the playground's
 * optimizer list shows), so an optimizer added with only its name never shows a missing key.
 */
public final class RunLabels {

    private RunLabels() {
    }

    /** The optimizer's short name. */
    public static String shortName(String opt, Predicate<String> has, StatusText.Translator t) {
        String key = "cmp.short." + opt;
        return has.test(key) ? t.tr(key) : t.tr("opt." + opt + ".name");
    }

    /** The optimizer's full name. */
    public static String name(String opt, StatusText.Translator t) {
        return t.tr("opt." + opt + ".name");
    }

    /**
     * "2 · Adam · lr 0.03", with " · from (1, −1)" for a run with its own start: the link's exact numbers, written with
     * the true minus every number shown to learners has ({@link NumberText}).
     */
    public static String label(int number, RunSpec run, Predicate<String> has, StatusText.Translator t) {
        String name = shortName(run.opt(), has, t);
        String lr = ScenarioQuery.number(run.lr()).replace('-', NumberText.MINUS);
        if (run.init() != null) {
            String start = String.join(", ", run.init().stream().map(x -> ScenarioQuery.number(x).replace('-', NumberText.MINUS)).toList());
            return t.tr("cmp.label.start", Integer.toString(number), name, lr, "(" + start + ")");
        }
        return t.tr("cmp.label", Integer.toString(number), name, lr);
    }
}
