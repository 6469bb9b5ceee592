package org.gdplayground.api;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.gdplayground.system.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link ApiErrorReportValve} in place of Tomcat's (and Spring Boot's) HTML error report, so requests the
 * container refuses before any controller still get problem details under {@code /api}. Runs after Spring Boot's own
 * Tomcat customizer, whose error valve it replaces.
 */
@Component
class ApiTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Messages messages;
    private final DataSize maxHeaderSize;

    ApiTomcat(Messages messages,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaderSize) {
        this.messages = messages;
        this.maxHeaderSize = maxHeaderSize;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve v : host.getPipeline().getValves()) {
                    if (v instanceof ErrorReportValve && !(v instanceof ApiErrorReportValve)) {
                        host.getPipeline().removeValve(v);
                    }
                }
                host.getPipeline().addValve(new ApiErrorReportValve(messages, maxHeaderSize.toBytes()));
                // the host adds its default error valve at start unless one of this class is there
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
