package org.neighbourhood.security.ui;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.neighbourhood.security.SecondStepPending;
import org.neighbourhood.security.SessionLimits;
import org.neighbourhood.security.SignInThrottledException;

/**
 * Public pages are open to everyone; back-office views need a signed-in account with the right role, and
 * services check roles again on every call. Sign-in is a form on {@code /login}; the session id changes on
 * sign-in (Spring Security's default). An account with two-step sign-in is sent on to the code step after its
 * password, and a signed-in session ends when idle or too old ({@link SessionLimitsFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The open data API ({@code /api/…}, not the {@code /api} page) has no user, no session and nothing to post: a
     * chain of its own, stateless, without the sign-in, session-limit, request-cache and CSRF machinery every page
     * goes through. Each request costs less, and no request there can start a session. The headers are the same.
     */
    @Bean
    @Order(1)
    SecurityFilterChain openDataFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/*/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                // Only GET is answered, and no cookie is read: there is no request to forge.
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityHeaders::configure);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextHolderStrategy securityContext,
            SessionLimits limits, Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN"));
        // Every other address is open at the HTTP level so that an unknown one answers 404 rather than a
        // sign-in redirect; views are guarded by their annotations when navigated to, services by theirs.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .anyRequest(any -> any.permitAll()));
        http.with(new TwoStepAfterPassword(), configurer -> { });
        http.addFilterAfter(new SessionLimitsFilter(securityContext, limits, clock), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SecondStepFilter(securityContext), SessionLimitsFilter.class);
        http.formLogin(form -> form.failureHandler((request, response, exception) -> response.sendRedirect(
                request.getContextPath() + "/login?" + (exception instanceof SignInThrottledException
                        ? "throttled" : "error"))));
        http.headers(SecurityHeaders::configure);
        return http.build();
    }

    /**
     * After a right password for an account with two-step sign-in, the browser goes to the code step instead
     * of where it was headed; every other sign-in goes on through Vaadin's own success handler. Applied after
     * Vaadin's configurer, whose handler it wraps, so that Vaadin cannot set its own over it.
     */
    private static final class TwoStepAfterPassword extends AbstractHttpConfigurer<TwoStepAfterPassword, HttpSecurity> {
        @Override
        public void init(HttpSecurity http) {
            var vaadin = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
            http.formLogin(form -> form.successHandler((request, response, authentication) -> {
                if (authentication instanceof SecondStepPending) {
                    response.sendRedirect(request.getContextPath() + "/login/code");
                } else {
                    vaadin.onAuthenticationSuccess(request, response, authentication);
                }
            }));
        }
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
