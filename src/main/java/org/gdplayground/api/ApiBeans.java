package org.gdplayground.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The API's limits and its gate; every {@code /api/**} request passes {@link ApiGate#admit} first. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiLimits.class)
public class ApiBeans implements WebMvcConfigurer {

    private final ApiGate gate;

    ApiBeans(ApiLimits limits) {
        this.gate = new ApiGate(limits);
    }

    @Bean
    ApiGate apiGate() {
        return gate;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                gate.admit(request);
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
