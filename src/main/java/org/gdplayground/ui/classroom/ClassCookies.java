package org.gdplayground.ui.classroom;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gdplayground.classroom.Secrets;
import org.jspecify.annotations.Nullable;

/**
 * What this browser remembers of its classes, in cookies only the server reads (HttpOnly, SameSite=Strict, one per
 * class): the teacher key of each class it teaches ({@code gdp-teacher-CODE}) and its membership of each class it
 * joined ({@code gdp-member-CODE}, a signed token checked against the database). They last as long as the class is
 * kept. The teacher keys of this session are also kept in the server-side session, for pages opened within it.
 */
final class ClassCookies {

    static final String TEACHER = "gdp-teacher-";
    static final String MEMBER = "gdp-member-";

    private ClassCookies() {
    }

    /** Every class this browser teaches, code to key: its cookies, then this session's own. */
    static Map<String, String> teacherKeys() {
        Map<String, String> keys = new LinkedHashMap<>(withPrefix(TEACHER));
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> own = (Map<String, String>) s.getAttribute(TEACHER);
            if (own != null) {
                keys.putAll(own);
            }
        }
        return keys;
    }

    static @Nullable String teacherKey(String code) {
        return teacherKeys().get(code);
    }

    /** Remembers a class's key in this session and (when the request can still set cookies) in this browser. */
    static void rememberTeacher(String code, String key, Duration maxAge) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> own = (Map<String, String>) s.getAttribute(TEACHER);
            Map<String, String> next = own == null ? new LinkedHashMap<>() : new LinkedHashMap<>(own);
            next.put(code, key);
            s.setAttribute(TEACHER, next);
        }
        set(TEACHER + code, key, maxAge);
    }

    static void forgetTeacher(String code) {
        VaadinSession s = VaadinSession.getCurrent();
        if (s != null) {
            @SuppressWarnings("unchecked")
            Map<String, String> own = (Map<String, String>) s.getAttribute(TEACHER);
            if (own != null) {
                Map<String, String> next = new LinkedHashMap<>(own);
                next.remove(code);
                s.setAttribute(TEACHER, next);
            }
        }
        set(TEACHER + code, "", Duration.ZERO);
    }

    /** Membership cookies of this browser, class code to signed value. */
    static Map<String, String> memberships() {
        return withPrefix(MEMBER);
    }

    static void rememberMember(String code, String value, Duration maxAge) {
        set(MEMBER + code, value, maxAge);
    }

    private static Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        VaadinRequest r = VaadinRequest.getCurrent();
        Cookie[] cookies = r == null ? null : r.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().startsWith(prefix)) {
                    String code = Secrets.normalizeCode(c.getName().substring(prefix.length()));
                    if (code != null && !c.getValue().isEmpty()) {
                        out.put(code, c.getValue());
                    }
                }
            }
        }
        return out;
    }

    /** Sets a cookie when this request has an HTTP response to carry it (false otherwise). */
    private static boolean set(String name, String value, Duration maxAge) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null) {
            return false;
        }
        Cookie c = new Cookie(name, value);
        c.setHttpOnly(true);
        c.setSecure(request.isSecure());
        String context = request.getContextPath();
        c.setPath(context == null || context.isEmpty() ? "/" : context);
        c.setMaxAge((int) Math.min(Integer.MAX_VALUE, Math.max(0, maxAge.toSeconds())));
        c.setAttribute("SameSite", "Strict");
        response.addCookie(c);
        return true;
    }
}
