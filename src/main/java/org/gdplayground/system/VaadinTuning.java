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
 * <p><b>Push writer threads.</b> Atmosphere (Vaadin's push) hands every pushed frame to a pool of writer threads that
 * by default grows to 200 threads, each dying after 30 s idle, so a playing class kept creating threads (three a
 * second with three pages). The pool is fixed here at {@value #PUSH_WRITE_THREADS} threads that stay: no churn, and
 * that many clients with a stuck connection before a write has to wait. Set on the Vaadin servlet's registration,
 * where Vaadin's push initialisation reads Atmosphere's parameters.
 *
 * <p><b>Lookups.</b>
 * <p>Vaadin decodes each argument of a client-to-server call ({@code @ClientCallable}: the grid's
 * {@code setViewportRange} and {@code confirmUpdate} after every table refresh) by first asking its {@code Lookup} for a
 * Polymer template handler. The app has no Polymer templates, so no bean answered and Spring's lookup fell back to a
 * {@code ServiceLoader} scan of the whole jar: a nested-jar resource search per argument, the largest single cost of
 * a real page's requests in the profile (docs/operations.md#real-pages-and-200-students). This handler says "not a
 * template model value" for every argument, which is what the missing one meant, so the decoding is unchanged.
 */
@Configuration(proxyBeanMethods = false)
class VaadinTuning {

    static final int PUSH_WRITE_THREADS = 16;

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
