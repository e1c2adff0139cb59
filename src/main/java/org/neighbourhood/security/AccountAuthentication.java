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
 * every attempt, successful or not, in the audit log. For an account with two-step sign-in, the right
 * password gives only a {@link SecondStepPending}: the code step ({@link TwoStepSignIn}) completes it.
 */
@Component
class AccountAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLimiter limiter;
    private final AuditLog audit;
    private final AccountDetailsService details;

    AccountAuthentication(AccountDetailsService details, PasswordEncoder encoder, SignInLimiter limiter,
            AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.limiter = limiter;
        this.audit = audit;
        this.details = details;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var username = authentication.getName() == null ? "" : authentication.getName().strip();
        var address = address(authentication);
        if (!limiter.tryAttempt(username, address)) {
            throw new SignInThrottledException();
        }
        var result = passwords.authenticate(authentication);
        if (details.usesTwoStep(result.getName())) {
            // The attempt stays counted until the code is right too: a password alone is half a sign-in.
            return new SecondStepPending(result.getName(), authentication.getDetails());
        }
        limiter.succeeded(username, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var pending = event.getAuthentication() instanceof SecondStepPending;
        audit.recordSignIn(event.getAuthentication().getName(), pending ? "sign-in.password-accepted" : "sign-in",
                null, address(event.getAuthentication()));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        var name = event.getAuthentication().getName();
        audit.recordSignIn(name == null ? "" : name.strip().toLowerCase(Locale.ROOT), "sign-in.failed",
                event.getException().getClass().getSimpleName(), address(event.getAuthentication()));
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
