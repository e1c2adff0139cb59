package org.neighbourhood.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.neighbourhood.security.SignInThrottledException;

/**
 * Public pages are open to everyone; back-office views need a signed-in account with the right role, and
 * services check roles again on every call. Sign-in is a form on {@code /login}; the session id changes on
 * sign-in (Spring Security's default).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN"));
        // Every other address is open at the HTTP level so that an unknown one answers 404 rather than a
        // sign-in redirect; views are guarded by their annotations when navigated to, services by theirs.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(any -> any.permitAll()));
        http.formLogin(form -> form.failureHandler((request, response, exception) -> response.sendRedirect(
                request.getContextPath() + "/login?" + (exception instanceof SignInThrottledException
                        ? "throttled" : "error"))));
        http.headers(SecurityHeaders::configure);
        return http.build();
    }

    /** Bcrypt, stored with its id so that a stronger hash can be brought in later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }
}
