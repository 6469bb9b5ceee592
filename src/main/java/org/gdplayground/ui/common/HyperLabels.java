package org.gdplayground.ui.common;

import java.util.function.Function;

/**
 * Human labels for hyper-parameters and schedule parameters ({@code hp.<name>.label}, e.g. "β₁ (1st-moment decay)")
 * instead of their API names; the API name appears only in the tooltip. Component ids keep the API name.
 */
public final class HyperLabels {

    private HyperLabels() {
    }

    /** The field label for a parameter; its API name when no label is translated yet. */
    public static String hyperLabel(String name, Function<String, String> tr) {
        String label = tr.apply("hp." + name + ".label");
        return missing(label) ? name : label;
    }

    /**
     * The tooltip: what the parameter does ({@code pg.hp.tip.<name>}, when there is one) and its name in links and the
     * API ({@code hp.apiName}).
     */
    public static String hyperTip(String name, StatusText.Translator t) {
        String what = t.tr("pg.hp.tip." + name);
        String api = t.tr("hp.apiName", name);
        return missing(what) ? api : what + " " + api;
    }

    private static boolean missing(String text) {
        return text.startsWith("!");
    }
}
