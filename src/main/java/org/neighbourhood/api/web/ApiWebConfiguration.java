package org.neighbourhood.api.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API is open to browser applications on any site — GET only, with no cookies or credentials — and limited
 * per client address before anything else runs.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD")
                .allowedHeaders("*")
                .allowCredentials(false)
                .exposedHeaders("ETag", "Last-Modified", "Retry-After", "Content-Language")
                .maxAge(86_400);
    }

    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit(
            @Value("${neighbourhood.api.requests-per-second:15}") int perSecond,
            @Value("${neighbourhood.api.burst:30}") int burst) {
        var registration = new FilterRegistrationBean<>(new ApiRateLimit(perSecond, burst));
        registration.addUrlPatterns("/api/*");
        // Before security and everything else: a refused request costs as little as possible.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
