package org.neighbourhood.security;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a two-step sign-in: after the password, a code from the authenticator app or one of the
 * recovery codes. Codes are limited exactly like passwords ({@link SignInLimiter}) and every try is audited.
 */
@Service
public class TwoStepSignIn {

    private final SecurityContextHolderStrategy securityContext;
    private final UserAccountRepository accounts;
    private final AccountDetailsService details;
    private final TwoStepCodes codes;
    private final SignInLimiter limiter;
    private final AuditLog audit;
    private final Clock clock;

    TwoStepSignIn(SecurityContextHolderStrategy securityContext, UserAccountRepository accounts,
            AccountDetailsService details, TwoStepCodes codes, SignInLimiter limiter, AuditLog audit, Clock clock) {
        this.securityContext = securityContext;
        this.accounts = accounts;
        this.details = details;
        this.codes = codes;
        this.limiter = limiter;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whose password was right and whose code is awaited in this session, if anyone's. */
    public Optional<String> pendingUsername() {
        return securityContext.getContext().getAuthentication() instanceof SecondStepPending pending
                ? Optional.of(pending.getName()) : Optional.empty();
    }

    /**
     * Checks a code for the pending sign-in and, when right, signs the account in completely: the security
     * context of this request then holds the full sign-in, which the caller keeps in the session.
     *
     * @throws TwoStepCodeRefusedException when the code is wrong, used or there have been too many tries
     * @throws IllegalStateException when no sign-in awaits a code
     */
    @Transactional(noRollbackFor = TwoStepCodeRefusedException.class)
    public Authentication complete(String code) {
        if (!(securityContext.getContext().getAuthentication() instanceof SecondStepPending pending)) {
            throw new IllegalStateException("No sign-in awaits a code");
        }
        var username = pending.getName();
        var address = AccountAuthentication.address(pending);
        if (!limiter.tryAttempt(username, address)) {
            audit.recordSignIn(username, "sign-in.code-failed", "throttled", address);
            throw new TwoStepCodeRefusedException(true);
        }
        var account = accounts.findByUsernameIgnoreCase(username).filter(UserAccount::isEnabled)
                .filter(UserAccount::usesTwoStep).orElseThrow(() -> new TwoStepCodeRefusedException(false));
        var step = codes.verify(java.util.Objects.requireNonNull(account.getTotpSecret()), code,
                account.getTotpLastStep(), clock.instant());
        String how;
        if (step.isPresent()) {
            account.codeUsed(step.getAsLong());
            how = "authenticator code";
        } else if (account.useRecoveryCode(TwoStepCodes.recoveryHash(code))) {
            how = "recovery code, " + account.recoveryCodesLeft() + " left";
        } else {
            audit.recordSignIn(username, "sign-in.code-failed", "wrong code", address);
            throw new TwoStepCodeRefusedException(false);
        }
        limiter.succeeded(username, address);
        var user = details.loadUserByUsername(username);
        var full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        full.setDetails(pending.getDetails());
        var context = securityContext.createEmptyContext();
        context.setAuthentication(full);
        securityContext.setContext(context);
        audit.recordSignIn(username, "sign-in", how, address);
        return full;
    }

    /** Gives up a pending sign-in, as "use another account" on the code step does. */
    public void cancel() {
        if (securityContext.getContext().getAuthentication() instanceof SecondStepPending) {
            securityContext.clearContext();
        }
    }
}
