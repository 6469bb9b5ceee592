package org.gdplayground.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report for requests the container answers itself, before any controller (a request line or headers
 * over {@code server.max-http-request-header-size}, a malformed request line, …): under {@code /api}, and when the
 * path could not even be read, an RFC 9457 {@code application/problem+json} document like every other API answer;
 * a page link the container could not read ({@code /join/%00}: a 400 before any page ran) gets a short HTML page in
 * the visitor's language (Accept-Language, Korean or English) that says the link is malformed and links to the start
 * page ({@code refused.page.*} in the API bundle); elsewhere Tomcat's usual page (without server version or report).
 * Installed on the host by {@link ApiTomcat}.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

    private final Messages messages;
    private final long maxHeaderBytes;

    /**
     * @param messages       the bundles for the title and detail
     * @param maxHeaderBytes the configured limit on the request line and headers, named in the detail
     */
    public ApiErrorReportValve(Messages messages, long maxHeaderBytes) {
        this.messages = messages;
        this.maxHeaderBytes = maxHeaderBytes;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        if (!isApi(request)) {
            if (status == 400 && !tooLarge(throwable) && isRead(request)) {
                malformedLinkPage(request, response);
            } else {
                super.report(request, response, throwable);
            }
            return;
        }
        try {
            Locale locale = language(request);
            write(response, "application/problem+json", locale, problem(request, status, throwable, locale));
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the problem details of a refused request", e);
        }
    }

    /** Writes a refusal's body (UTF-8) in the visitor's language and ends the response. */
    private static void write(Response response, String contentType, Locale locale, byte[] body) throws IOException {
        try {
            response.setContentType(contentType);
            response.setCharacterEncoding("UTF-8");
        } catch (Throwable t) {
            log.debug("could not set the content type of a refusal", t);
        }
        response.setHeader("Content-Language", locale.getLanguage());
        response.setContentLength(body.length);
        OutputStream out = response.getOutputStream();
        out.write(body);
        response.finishResponse();
    }

    /** A GET or HEAD: a link someone opened (not a form post or a script's call). */
    private static boolean isRead(Request request) {
        try {
            String method = request.getMethod();
            return "GET".equals(method) || "HEAD".equals(method);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * The page for a link the container refused as malformed: a few sentences in the visitor's language and a link to
     * the start page; nothing from the request is echoed, and nothing is logged (the refusal is the visitor's link,
     * not a fault of the server).
     */
    private void malformedLinkPage(Request request, Response response) {
        try {
            Locale locale = language(request);
            String title = messages.getTranslation("refused.page.title", locale);
            String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + title + " · " + messages.getTranslation("app.title", locale) + "</title>"
                    + "<style>body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:36rem;"
                    + "margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1f2933;word-break:keep-all;"
                    + "overflow-wrap:anywhere}h1{font-size:1.5rem}"
                    + "a{color:#1565c0}</style></head><body><h1 id=\"malformed-link\">" + title + "</h1><p>"
                    + messages.getTranslation("refused.page.text", locale) + "</p><p><a id=\"start-page\" href=\"/\">"
                    + messages.getTranslation("refused.page.start", locale) + "</a></p></body></html>";
            write(response, "text/html;charset=UTF-8", locale, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the page for a malformed link", e);
        }
    }

    /** Under /api, or the container could not read the path at all (then the client cannot be told apart). */
    static boolean isApi(Request request) {
        String uri;
        try {
            uri = request.getRequestURI();
        } catch (RuntimeException unreadable) {
            return true;
        }
        return uri == null || uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/");
    }

    private byte[] problem(Request request, int status, @Nullable Throwable throwable, Locale locale) {
        String type;
        String detail;
        if (status == 400 && tooLarge(throwable)) {
            type = Problems.REQUEST_TOO_LARGE;
            detail = messages.getTranslation("api.problem." + type + ".detail", locale, Long.toString(maxHeaderBytes),
                    Long.toString(maxHeaderBytes / 1024));
        } else {
            type = Problems.BAD_REQUEST;
            String reason = throwable != null && throwable.getMessage() != null ? throwable.getMessage()
                    : messages.getTranslation("api.problem.refused", locale, Integer.toString(status));
            detail = messages.getTranslation("api.problem." + type + ".detail", locale, reason);
        }
        String title = messages.getTranslation("api.problem." + type + ".title", locale);
        String instance;
        try {
            instance = String.valueOf(request.getRequestURI() == null ? "" : request.getRequestURI());
        } catch (RuntimeException unreadable) {
            instance = "";
        }
        return ApiJson.write(new Problems.ProblemView(Problems.TYPE_BASE + type, title, status, detail, instance,
                List.of()));
    }

    /**
     * Tomcat refuses an oversized request line or header block with an IllegalArgumentException "Request header is
     * too large"; the throwable is all the report gets.
     */
    private static boolean tooLarge(@Nullable Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("too large")) {
                return true;
            }
        }
        return false;
    }

    private static Locale language(Request request) {
        try {
            return ApiLanguage.fromHeader(request.getHeader("Accept-Language"));
        } catch (RuntimeException unreadable) {
            return Messages.ENGLISH;
        }
    }
}
