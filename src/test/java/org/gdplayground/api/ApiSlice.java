package org.gdplayground.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gdplayground.basin.BasinBeans;
import org.gdplayground.scenario.ScenarioBeans;
import org.gdplayground.session.RunService;
import org.gdplayground.system.Messages;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The API's web slice: its controllers and advice (found by {@code @WebMvcTest}), the scenario parser and factory
 * with the configured limits, the message bundles and the problem-details builder. No Vaadin.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({ScenarioBeans.class, Messages.class, Problems.class, BasinBeans.class, RunService.class, ApiBeans.class})
@interface ApiSlice {
}
