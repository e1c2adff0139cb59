package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administrators' account operations added for sign-in safety, by every kind of account: only an
 * administrator may hand out a one-time password, turn off someone's two-step sign-in or require it of
 * administrators, and when one does, the change is really made and audited.
 */
@SpringBootTest
class UserAccountAuthorisationTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    UserService users;

    @Autowired
    AccountService accounts;

    @Autowired
    TwoStepCodes codes;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    enum Operation {
        RESET_PASSWORD, TURN_OFF_TWO_STEP, REQUIRE_TWO_STEP_FOR_ADMINS, CREATE_WITH_PASSWORD, CREATE_DEMO_ACCOUNT
    }

    static Stream<Arguments> roles_times_operations() {
        var cases = Stream.<Arguments>builder();
        for (var operation : Operation.values()) {
            cases.add(Arguments.of("admin", "ADMIN", operation, true));
            cases.add(Arguments.of("editor.riverside", "EDITOR", operation, false));
            cases.add(Arguments.of("facilitator", "FACILITATOR", operation, false));
            cases.add(Arguments.of("anonymous", null, operation, false));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_manage_other_peoples_sign_in(String username, String role, Operation operation,
            boolean allowed) {
        var target = accountWithTwoStep();
        if (role != null) {
            SignedIn.as(securityContext, username, role);
        } else {
            securityContext.clearContext();
        }
        var hashBefore = hash(target);
        Runnable attempt = switch (operation) {
            case RESET_PASSWORD -> () -> {
                var password = users.resetPassword(id(target));
                assertThat(encoder.matches(password, hash(target))).isTrue();
                assertThat(flag(target, "must_change_password")).isTrue();
                assertThat(lastAudit(target)).isEqualTo("user.password-reset");
            };
            case TURN_OFF_TWO_STEP -> () -> {
                users.turnOffTwoStep(id(target));
                assertThat(secret(target)).isNull();
                assertThat(jdbc.sql("select count(*) from user_recovery_code where user_id = ?").param(id(target))
                        .query(Long.class).single()).isZero();
                assertThat(lastAudit(target)).isEqualTo("user.two-step-off");
            };
            case REQUIRE_TWO_STEP_FOR_ADMINS -> () -> {
                try {
                    users.requireTwoStepForAdmins(true);
                    assertThat(users.adminsNeedTwoStep()).isTrue();
                } finally {
                    users.requireTwoStepForAdmins(false);
                }
                assertThat(users.adminsNeedTwoStep()).isFalse();
            };
            case CREATE_WITH_PASSWORD -> () -> {
                var created = users.create("created." + System.nanoTime(), "Created", null, Set.of(Role.EDITOR),
                        Set.of(), PASSWORD);
                assertThat(created.user().mustChangePassword()).as("they chose it: no forced change").isFalse();
                assertThat(encoder.matches(PASSWORD, hash(created.user().username()))).isTrue();
            };
            case CREATE_DEMO_ACCOUNT -> () -> {
                var created = users.createDemoAccount("demo." + System.nanoTime(), "Demo", Set.of(Role.EDITOR),
                        Set.of(), null);
                assertThat(encoder.matches("demo", hash(created.user().username()))).isTrue();
                assertThat(created.user().mustChangePassword()).isFalse();
            };
        };
        if (allowed) {
            attempt.run();
        } else {
            assertThatThrownBy(attempt::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
            assertThat(hash(target)).isEqualTo(hashBefore);
            assertThat(secret(target)).isNotNull();
            assertThat(flag(target, "must_change_password")).isFalse();
        }
    }

    @Test
    void an_administrator_cannot_give_a_new_account_a_weak_password() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var username = "weak." + System.nanoTime();

        assertThatThrownBy(() -> users.create(username, "Weak", null, Set.of(Role.EDITOR), Set.of(), "demo"))
                .isInstanceOfSatisfying(PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_new_account_without_a_password_gets_a_one_time_password_that_must_be_changed() {
        SignedIn.as(securityContext, "admin", "ADMIN");

        var created = users.create("onetime." + System.nanoTime(), "One Time", null, Set.of(Role.EDITOR), Set.of(),
                null);

        assertThat(created.temporaryPassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(flag(created.user().username(), "must_change_password")).isTrue();
    }

    private String accountWithTwoStep() {
        var username = "target." + System.nanoTime();
        SignedIn.as(securityContext, "admin", "ADMIN");
        users.create(username, "Target", null, Set.of(Role.EDITOR), Set.of(), PASSWORD);
        SignedIn.as(securityContext, username, "EDITOR");
        var setup = accounts.startTwoStep();
        accounts.confirmTwoStep(setup.secret(), codes.codeAt(setup.secret(), clock.instant()));
        securityContext.clearContext();
        return username;
    }

    private long id(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
    }

    private String secret(String username) {
        return jdbc.sql("select totp_secret from user_account where username = ?").param(username)
                .query(String.class).optional().orElse(null);
    }

    private boolean flag(String username, String column) {
        return jdbc.sql("select " + column + " from user_account where username = ?").param(username)
                .query(Boolean.class).single();
    }

    private String lastAudit(String username) {
        return jdbc.sql("select action from audit_event where subject_id = ? order by id desc limit 1")
                .param(username).query(String.class).single();
    }
}
