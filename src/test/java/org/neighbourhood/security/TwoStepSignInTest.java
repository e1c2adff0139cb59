package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The code step of a two-step sign-in, after a right password, for accounts of its own. */
@SpringBootTest
class TwoStepSignInTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    AccountService accounts;

    @Autowired
    UserService users;

    @Autowired
    TwoStepCodes codes;

    @Autowired
    SignInLimiter limiter;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOutAndForgetLimits() {
        securityContext.clearContext();
        limiter.forgetAll();
    }

    @Test
    void the_right_code_completes_the_sign_in_with_the_accounts_roles_and_cannot_be_used_twice() {
        var account = accountWithTwoStep();
        var secret = secretOf(account.username());
        // The next time step: the code the app shows in a moment, which the confirmation did not use.
        clock.advance(Duration.ofSeconds(30));
        try {
            var code = codes.codeAt(secret, clock.instant());
            pending(account.username());
            assertThat(twoStep.pendingUsername()).contains(account.username());

            var signedIn = twoStep.complete(code);

            assertThat(signedIn.isAuthenticated()).isTrue();
            assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_EDITOR");
            assertThat(securityContext.getContext().getAuthentication()).isSameAs(signedIn);
            assertThat(lastAudit(account.username())).isEqualTo("sign-in");

            pending(account.username());
            assertThatThrownBy(() -> twoStep.complete(code)).as("a code seen over a shoulder")
                    .isInstanceOf(TwoStepCodeRefusedException.class);
        } finally {
            clock.advance(Duration.ofSeconds(-30));
        }
    }

    @Test
    void a_wrong_code_is_refused_audited_and_leaves_the_sign_in_pending() {
        var account = accountWithTwoStep();
        pending(account.username());

        assertThatThrownBy(() -> twoStep.complete("12345x")).isInstanceOf(TwoStepCodeRefusedException.class);

        assertThat(securityContext.getContext().getAuthentication()).isInstanceOf(SecondStepPending.class);
        assertThat(lastAudit(account.username())).isEqualTo("sign-in.code-failed");
    }

    @Test
    void each_recovery_code_signs_in_once() {
        var account = accountWithTwoStep();
        var recovery = account.recoveryCodes().get(3);
        pending(account.username());

        assertThat(twoStep.complete(recovery.toUpperCase()).isAuthenticated()).isTrue();

        pending(account.username());
        assertThatThrownBy(() -> twoStep.complete(recovery)).isInstanceOf(TwoStepCodeRefusedException.class);
    }

    @Test
    void codes_are_throttled_like_passwords() {
        var account = accountWithTwoStep();
        pending(account.username());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoStep.complete("000000")).isInstanceOfSatisfying(
                    TwoStepCodeRefusedException.class, refused -> assertThat(refused.throttled()).isFalse());
        }
        var right = codes.codeAt(secretOf(account.username()), clock.instant().plusSeconds(30));

        assertThatThrownBy(() -> twoStep.complete(right)).isInstanceOfSatisfying(
                TwoStepCodeRefusedException.class, refused -> assertThat(refused.throttled()).isTrue());
    }

    @Test
    void without_a_pending_sign_in_there_is_nothing_to_complete() {
        assertThatThrownBy(() -> twoStep.complete("123456")).isInstanceOf(IllegalStateException.class);
    }

    private record TwoStepAccount(String username, List<String> recoveryCodes) {
    }

    private TwoStepAccount accountWithTwoStep() {
        var username = "twostep." + System.nanoTime();
        SignedIn.as(securityContext, "admin", "ADMIN");
        users.create(username, "Two Step", null, Set.of(Role.EDITOR), Set.of(), PASSWORD);
        SignedIn.as(securityContext, username, "EDITOR");
        var setup = accounts.startTwoStep();
        var recovery = accounts.confirmTwoStep(setup.secret(), codes.codeAt(setup.secret(), clock.instant()));
        securityContext.clearContext();
        return new TwoStepAccount(username, recovery);
    }

    private void pending(String username) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(new SecondStepPending(username, new WebAuthenticationDetails("10.0.0.7", null)));
        securityContext.setContext(context);
    }

    private String secretOf(String username) {
        return jdbc.sql("select totp_secret from user_account where username = ?").param(username)
                .query(String.class).single();
    }

    private String lastAudit(String username) {
        return jdbc.sql("select action from audit_event where subject_id = ? order by id desc limit 1")
                .param(username).query(String.class).single();
    }
}
