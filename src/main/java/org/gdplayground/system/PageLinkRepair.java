package org.gdplayground.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page link whose query is not valid percent-encoded UTF-8 ({@code /?fn=custom&expr=%ZZ}, a cut-off {@code %}, a
 * stray {@code %FF}) made the servlet container throw before any page ran: the learner got a bare
 * {@code {"status":400}} and the log a stack trace. Such a GET of a page is redirected to the same link with the
 * query repaired (a stray {@code %} kept as the character "%", undecodable bytes as "�"), so the page opens and names
 * the field whose value it cannot use, with its allowed range, as it does for any other bad value. The API reads its
 * query itself and answers problem details ({@code ApiQuery}); it is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PageLinkRepair extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String q = request.getQueryString();
        return q == null || q.indexOf('%') < 0 || !"GET".equals(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String repaired = repair(request.getQueryString());
        if (repaired == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (repaired.isEmpty() ? "" : "?" + repaired));
    }

    /** The query re-encoded when some part of it is not valid percent-encoded UTF-8; null when it all is. */
    static @Nullable String repair(String query) {
        boolean bad = false;
        StringBuilder out = new StringBuilder(query.length() + 16);
        for (String part : query.split("&", -1)) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? null : part.substring(eq + 1);
            String n = strict(name);
            String v = value == null ? "" : strict(value);
            if (n == null || v == null) {
                bad = true;
            }
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(n != null ? name : encode(lenient(name)));
            if (value != null) {
                out.append('=').append(v != null ? value : encode(lenient(value)));
            }
        }
        return bad ? out.toString() : null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The decoded text, or null when a {@code %} escape is malformed or the bytes are not UTF-8. */
    private static @Nullable String strict(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || hex(s.charAt(i + 1)) < 0 || hex(s.charAt(i + 2)) < 0) {
                    return null;
                }
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes what can be decoded: a malformed escape stays as its characters, undecodable bytes become U+FFFD. */
    static String lenient(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
