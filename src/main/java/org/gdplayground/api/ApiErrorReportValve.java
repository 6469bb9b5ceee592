package org.gdplayground.api;

import java.io.IOException;
import java.io.OutputStream;
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
 * elsewhere Tomcat's usual page (without server version or report). Installed on the host by {@link ApiTomcat}.
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
        if (status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        try {
            Locale locale = language(request);
            byte[] body = problem(request, status, throwable, locale);
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
            } catch (Throwable t) {
                log.debug("could not set the content type of an error report", t);
            }
            response.setHeader("Content-Language", locale.getLanguage());
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the problem details of a refused request", e);
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
