package org.neighbourhood.security;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs back-office users in: checks the limits first, then the password against its hash, and records
 * every attempt, successful or not, in the audit log.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLimiter limiter;
    private final AuditLog audit;

    AccountAuthentication(AccountDetailsService details, PasswordEncoder encoder, SignInLimiter limiter,
            AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.limiter = limiter;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var username = authentication.getName() == null ? "" : authentication.getName().strip();
        if (!limiter.tryAttempt(username, address(authentication))) {
            throw new SignInThrottledException();
        }
        var result = passwords.authenticate(authentication);
        limiter.succeeded(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        audit.recordSignIn(event.getAuthentication().getName(), true, null, address(event.getAuthentication()));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        var name = event.getAuthentication().getName();
        audit.recordSignIn(name == null ? "" : name.strip().toLowerCase(Locale.ROOT), false,
                event.getException().getClass().getSimpleName(), address(event.getAuthentication()));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
