package org.gdplayground.system;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.spring.SpringServlet;
import java.lang.reflect.Type;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * Two settings of Vaadin's request and push handling that cost a playing page CPU on every frame or request, measured
 * with {@code scripts/class-load-bench.sh --chromium=3} (docs/operations.md#real-pages-and-200-students).
 *
 * <p><b>Push writer threads.</b> Atmosphere (Vaadin's push) writes every pushed frame on a pool of writer threads. A
 * writer stays with its page while that page's frames come less than 100 ms apart (a playing page's do), so the pool
 * needs a thread per playing page: Atmosphere's default of {@value #PUSH_WRITE_THREADS} is kept (a pool of 16 made a
 * class of 60 get its frames in bursts about once a second). But by default an idle writer thread dies after 30 s
 * and a new one is started for the next frame, so a playing class kept creating threads (three a second with three
 * pages, about 0.3–0.5 ms of CPU per frame). Here a started writer thread stays. Set on the Vaadin servlet's
 * registration, where Vaadin's push initialisation reads Atmosphere's parameters.
 *
 * <p><b>Lookups.</b> Vaadin decodes each argument of a client-to-server call ({@code @ClientCallable}: the grid's
 * {@code setViewportRange} and {@code confirmUpdate} after every table refresh) by first asking its {@code Lookup} for a
 * Polymer template handler. The app has no Polymer templates, so no bean answered and Spring's lookup fell back to a
 * {@code ServiceLoader} scan of the whole jar: a nested-jar resource search per argument, the largest single cost of
 * a real page's requests in the profile (docs/operations.md#real-pages-and-200-students). This handler says "not a
 * template model value" for every argument, which is what the missing one meant, so the decoding is unchanged.
 */
@Configuration(proxyBeanMethods = false)
class VaadinTuning {

    static final int PUSH_WRITE_THREADS = 200;

    @Bean
    static BeanPostProcessor pushWriterThreads() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter("org.atmosphere.cpr.broadcaster.maxAsyncWriteThreads",
                            Integer.toString(PUSH_WRITE_THREADS));
                    registration.addInitParameter("org.atmosphere.cpr.allowCoreThreadTimeOut", "false");
                }
                return bean;
            }
        };
    }

    @Bean
    DeprecatedPolymerPublishedEventHandler noPolymerTemplates() {
        return new NoPolymerTemplates();
    }

    /** No component of this app is a Polymer template: every argument is decoded as itself. */
    static final class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
            return false;
        }

        @Override
        public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
            throw new UnsupportedOperationException("no Polymer templates in this app");
        }
    }
}
