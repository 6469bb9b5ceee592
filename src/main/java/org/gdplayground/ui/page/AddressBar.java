package org.gdplayground.ui.page;

/**
 * What a run page writes into the address bar, and when: the canonical scenario plus the view's parameters, as a new
 * history entry when the learner chose another scenario (so Back returns to the one before) and in the same entry
 * otherwise (a link opened, a view toggle, the step shown). Plain state: the page writes the entries it is given.
 */
public final class AddressBar {

    /**
     * One write to the browser's history.
     *
     * @param url  the relative URL, e.g. {@code ?fn=sphere&…} or {@code compare?fn=…}
     * @param push a new history entry (else the current one is replaced)
     */
    public record Entry(String url, boolean push) {
    }

    private final String path;
    private String query = "";

    /** @param path the page's route as written before the query: "" for the playground, "compare" for compare */
    public AddressBar(String path) {
        this.path = path;
    }

    /** The canonical scenario query on screen ("" before the first scenario). */
    public String query() {
        return query;
    }

    /**
     * The entry for showing scenario {@code canonical} with view {@code viewSuffix} ({@code &log=1…}).
     *
     * @param deliberate the learner changed the scenario (form, contour click, preset), not a link or Back/Forward
     */
    public Entry show(String canonical, String viewSuffix, boolean deliberate) {
        boolean push = deliberate && !query.isEmpty() && !canonical.equals(query);
        query = canonical;
        return new Entry(path + "?" + canonical + viewSuffix, push);
    }

    /** The entry rewriting only the view part (same history entry); null before the first scenario. */
    public @org.jspecify.annotations.Nullable Entry view(String viewSuffix) {
        return query.isEmpty() ? null : new Entry(path + "?" + query + viewSuffix, false);
    }

    /** Whether the page already shows the scenario with canonical query {@code canonical}. */
    public boolean shows(String canonical) {
        return query.equals(canonical);
    }

    /** {@code location.search} without its leading question mark. */
    public static String search(String search) {
        return search.startsWith("?") ? search.substring(1) : search;
    }
}
