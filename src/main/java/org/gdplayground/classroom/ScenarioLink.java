package org.gdplayground.classroom;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A class scenario as the teacher pastes it — a whole playground or compare address, a path with a query, or just a
 * query — kept as path and query ({@code /?fn=…} or {@code /compare?…}); other sites' hosts are dropped.
 */
public final class ScenarioLink {

    private ScenarioLink() {
    }

    /** The link's path (only {@code /} or {@code /compare}) and query; empty text for an empty link. */
    public static String normalize(@Nullable String pasted) {
        String s = pasted == null ? "" : pasted.strip();
        if (s.isEmpty()) {
            return "";
        }
        String path = "/";
        String query;
        try {
            URI u = new URI(s.contains("://") || s.startsWith("/") || s.startsWith("?") ? s : "?" + s);
            path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            query = u.getRawQuery() == null ? "" : u.getRawQuery();
        } catch (URISyntaxException e) {
            int q = s.indexOf('?');
            query = q >= 0 ? s.substring(q + 1) : s;
        }
        boolean compare = path.endsWith("/compare");
        String out = (compare ? "/compare" : "/") + (query.isEmpty() ? "" : "?" + query);
        if (out.length() > ClassroomService.MAX_SCENARIO_LENGTH) {
            throw new IllegalArgumentException("link too long");
        }
        return out;
    }

    /** Whether a stored link opens compare (else the playground). */
    public static boolean isCompare(String link) {
        return link.startsWith("/compare");
    }

    /** The query of a stored link, without the {@code ?}. */
    public static String query(String link) {
        int q = link.indexOf('?');
        return q < 0 ? "" : link.substring(q + 1);
    }
}
