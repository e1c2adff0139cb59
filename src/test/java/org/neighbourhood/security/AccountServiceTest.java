package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What people do with their own account — and only their own: change the password, turn two-step sign-in on
 * and off, and reset a forgotten password through an emailed link. Each test uses accounts of its own.
 */
@SpringBootTest
class AccountServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "violet kettle under moonlight";
    private static final Pattern RESET_URL = Pattern.compile("\"resetUrl\"\\s*:\\s*\"[^\"]*/login/reset\\?t=([^\"]+)\"");

    @Autowired
    AccountService accounts;

    @Autowired
    UserService users;

    @Autowired
    TwoStepCodes codes;

    @Autowired
    SignInLimiter limiter;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOutAndForgetLimits() {
        securityContext.clearContext();
        limiter.forgetAll();
    }

    static Stream<Arguments> self_service_roles() {
        return Stream.of(Arguments.of("ADMIN"), Arguments.of("EDITOR"), Arguments.of("FACILITATOR"));
    }

    @ParameterizedTest(name = "{0} changes their own password")
    @MethodSource("self_service_roles")
    void each_role_changes_its_own_password_and_nobody_elses(String role) {
        var own = account(role, null);
        var other = account("EDITOR", null);
        var otherHashBefore = hash(other);
        SignedIn.as(securityContext, own, role);

        accounts.changeOwnPassword(PASSWORD, NEW_PASSWORD);

        assertThat(encoder.matches(NEW_PASSWORD, hash(own))).isTrue();
        assertThat(hash(other)).as("another account is untouched").isEqualTo(otherHashBefore);
        assertThat(lastAudit(own)).isEqualTo("account.password-changed");
    }

    @Test
    void nobody_signed_in_cannot_change_a_password_turn_on_two_step_or_turn_it_off() {
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, NEW_PASSWORD))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.startTwoStep()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.confirmTwoStep("JBSWY3DPEHPK3PXP", "123456"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.turnOffTwoStep(PASSWORD))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_password_change_needs_the_current_password_and_a_new_one_that_meets_the_policy() {
        var own = account("EDITOR", null);
        var before = hash(own);
        SignedIn.as(securityContext, own, "EDITOR");

        assertThatThrownBy(() -> accounts.changeOwnPassword("not the password", NEW_PASSWORD))
                .isInstanceOfSatisfying(PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.current-wrong"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, "short"))
                .isInstanceOfSatisfying(PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, "1q2w3e4r5t6y"))
                .isInstanceOfSatisfying(PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
        assertThat(hash(own)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action = ?")
                .param(own).param("account.password-change-refused").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_one_time_password_from_an_administrator_must_be_changed_and_then_no_longer_must() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var created = users.create("onetime." + System.nanoTime(), "One Time", null, Set.of(Role.EDITOR), Set.of(),
                null);
        SignedIn.as(securityContext, created.user().username(), "EDITOR");
        assertThat(created.user().mustChangePassword()).isTrue();
        assertThat(accounts.mustPutAccountRight()).isTrue();

        accounts.changeOwnPassword(created.temporaryPassword(), NEW_PASSWORD);

        assertThat(accounts.mustPutAccountRight()).isFalse();
        assertThat(accounts.ownAccount().mustChangePassword()).isFalse();
    }

    @Test
    void two_step_turns_on_only_with_a_right_code_and_gives_ten_recovery_codes_stored_hashed() {
        var own = account("EDITOR", null);
        SignedIn.as(securityContext, own, "EDITOR");
        var setup = accounts.startTwoStep();
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + setup.secret());
        assertThat(setup.qrCodeDataUri()).startsWith("data:image/png;base64,");

        assertThatThrownBy(() -> accounts.confirmTwoStep(setup.secret(), "000000"))
                .isInstanceOf(TwoStepCodeRefusedException.class);
        assertThat(accounts.ownAccount().usesTwoStep()).isFalse();
        var recovery = accounts.confirmTwoStep(setup.secret(), codes.codeAt(setup.secret(), clock.instant()));

        assertThat(accounts.ownAccount().usesTwoStep()).isTrue();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        var stored = jdbc.sql("select code_hash from user_recovery_code c join user_account a on a.id = c.user_id "
                + "where a.username = ?").param(own).query(String.class).list();
        assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(recovery)
                .contains(TwoStepCodes.recoveryHash(recovery.get(0)));
        assertThat(lastAudit(own)).isEqualTo("account.two-step-on");
    }

    @Test
    void an_administrator_cannot_turn_off_two_step_while_it_is_required_of_administrators() {
        var own = account("ADMIN", null);
        SignedIn.as(securityContext, own, "ADMIN");
        var setup = accounts.startTwoStep();
        accounts.confirmTwoStep(setup.secret(), codes.codeAt(setup.secret(), clock.instant()));
        users.requireTwoStepForAdmins(true);
        try {
            assertThatThrownBy(() -> accounts.turnOffTwoStep(PASSWORD))
                    .isInstanceOfSatisfying(PasswordRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("two-step.required"));
            assertThat(accounts.ownAccount().usesTwoStep()).isTrue();
        } finally {
            users.requireTwoStepForAdmins(false);
        }
        accounts.turnOffTwoStep(PASSWORD);
        assertThat(accounts.ownAccount().usesTwoStep()).isFalse();
    }

    @Test
    void an_administrator_without_two_step_must_set_it_up_once_it_is_required() {
        var own = account("ADMIN", null);
        SignedIn.as(securityContext, own, "ADMIN");
        assertThat(accounts.mustPutAccountRight()).isFalse();
        users.requireTwoStepForAdmins(true);
        try {
            assertThat(accounts.mustPutAccountRight()).isTrue();
            assertThat(accounts.ownAccount().mustSetUpTwoStep()).isTrue();
        } finally {
            users.requireTwoStepForAdmins(false);
        }
    }

    @Test
    void a_forgotten_password_is_reset_once_through_the_emailed_link_and_the_token_is_stored_only_hashed() {
        var own = account("EDITOR", "reset." + System.nanoTime() + "@example.org");
        var email = emailOf(own);

        assertThat(accounts.requestPasswordReset(email.toUpperCase(Locale.ROOT), Locale.ENGLISH)).isTrue();

        var token = resetToken(email);
        assertThat(jdbc.sql("select count(*) from password_reset_link where token_hash = ?").param(token)
                .query(Long.class).single()).as("the raw token is not stored").isZero();
        assertThat(accounts.isResetLinkUsable(token)).isTrue();
        accounts.resetPassword(token, NEW_PASSWORD);
        assertThat(encoder.matches(NEW_PASSWORD, hash(own))).isTrue();
        assertThat(accounts.isResetLinkUsable(token)).as("single use").isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(token, "another fine long passphrase"))
                .isInstanceOfSatisfying(PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.link-invalid"));
        assertThat(jdbc.sql("select action from audit_event where subject_id = ? order by id")
                .param(own).query(String.class).list())
                .contains("account.password-reset-requested", "account.password-reset");
    }

    @Test
    void a_reset_link_expires_after_an_hour() {
        var own = account("EDITOR", "expiry." + System.nanoTime() + "@example.org");
        accounts.requestPasswordReset(own, Locale.ENGLISH);
        var token = resetToken(emailOf(own));
        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(accounts.isResetLinkUsable(token)).isFalse();
            assertThatThrownBy(() -> accounts.resetPassword(token, NEW_PASSWORD))
                    .isInstanceOf(PasswordRefusedException.class);
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void asking_for_an_unknown_account_answers_the_same_and_sends_nothing() {
        var before = mails();

        assertThat(accounts.requestPasswordReset("nobody." + System.nanoTime(), Locale.ENGLISH)).isTrue();

        assertThat(mails()).isEqualTo(before);
    }

    @Test
    void a_reset_link_sets_only_a_password_that_meets_the_policy() {
        var own = account("EDITOR", "policy." + System.nanoTime() + "@example.org");
        var email = emailOf(own);
        accounts.requestPasswordReset(own, Locale.ENGLISH);
        var token = resetToken(email);

        assertThatThrownBy(() -> accounts.resetPassword(token, "password1234"))
                .isInstanceOfSatisfying(PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
        assertThat(accounts.isResetLinkUsable(token)).as("a refused password does not use the link up").isTrue();
    }

    @Test
    void forgot_password_requests_are_limited_per_address_and_per_account() {
        var own = account("EDITOR", "limit." + System.nanoTime() + "@example.org");
        var email = emailOf(own);
        for (int i = 0; i < SignInLimiter.RESETS_PER_ADDRESS; i++) {
            assertThat(accounts.requestPasswordReset(own, Locale.ENGLISH)).isTrue();
        }
        assertThat(mailsTo(email)).as("a few an hour to one account").isEqualTo(SignInLimiter.RESETS_PER_ACCOUNT);

        assertThat(accounts.requestPasswordReset(own, Locale.ENGLISH)).as("a few an hour from one address").isFalse();
    }

    private String account(String role, String email) {
        var username = "account." + role.toLowerCase(Locale.ROOT) + "." + System.nanoTime();
        SignedIn.as(securityContext, "admin", "ADMIN");
        try {
            users.create(username, "Account Test", email, Set.of(Role.valueOf(role)), Set.of(), PASSWORD);
        } finally {
            securityContext.clearContext();
        }
        return username;
    }

    private String emailOf(String username) {
        return jdbc.sql("select email from user_account where username = ?").param(username).query(String.class)
                .single();
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
    }

    private String lastAudit(String username) {
        return jdbc.sql("select action from audit_event where subject_id = ? order by id desc limit 1")
                .param(username).query(String.class).single();
    }

    private String resetToken(String email) {
        var payload = jdbc.sql("select payload from mail_outbox where recipient = ? and template = 'password-reset' "
                + "order by id desc limit 1").param(email).query(String.class).single();
        var matcher = RESET_URL.matcher(payload);
        assertThat(matcher.find()).as("the mail carries the reset link: %s", payload).isTrue();
        return matcher.group(1);
    }

    private long mails() {
        return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
    }

    private long mailsTo(String email) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(email).query(Long.class)
                .single();
    }
}
