package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;

class SignInLimiterTest {

    private final MovableClock clock = new MovableClock();
    private final SignInLimiter limiter = new SignInLimiter(clock, 20, 5, 30);

    @Test
    void one_address_gets_five_guesses_at_an_account_then_waits_for_the_window_to_pass() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAttempt("editor", "10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAttempt("Editor", "10.0.0.1")).isFalse();

        clock.advance(SignInLimiter.WINDOW);
        assertThat(limiter.tryAttempt("editor", "10.0.0.1")).isTrue();
    }

    @Test
    void a_burst_of_wrong_attempts_from_one_address_does_not_keep_the_owner_out_from_another() {
        for (int i = 0; i < 20; i++) {
            limiter.tryAttempt("editor", "10.6.6.6");
        }

        assertThat(limiter.tryAttempt("editor", "192.168.1.20")).as("the owner, from home").isTrue();
    }

    @Test
    void one_address_cannot_try_many_accounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAttempt("user" + i, "10.0.0.9")).isTrue();
        }
        assertThat(limiter.tryAttempt("someone-else", "10.0.0.9")).isFalse();
        assertThat(limiter.tryAttempt("someone-else", "10.0.0.10")).isTrue();
    }

    @Test
    void guesses_spread_over_many_addresses_stay_limited_for_the_account() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAttempt("admin", "10.1.0." + i)).isTrue();
        }

        assertThat(limiter.tryAttempt("admin", "10.2.0.1")).as("a thirty-first address").isFalse();
    }

    @Test
    void an_address_the_owner_signed_in_from_before_still_gets_in_while_others_flood_the_account() {
        assertThat(limiter.tryAttempt("admin", "192.168.1.20")).isTrue();
        limiter.succeeded("admin", "192.168.1.20");
        for (int i = 0; i < 40; i++) {
            limiter.tryAttempt("admin", "10.1.0." + i);
        }

        assertThat(limiter.tryAttempt("admin", "10.2.0.1")).isFalse();
        assertThat(limiter.tryAttempt("admin", "192.168.1.20")).isTrue();
    }

    @Test
    void a_successful_sign_in_gives_the_attempts_back() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAttempt("admin", "10.0.0.1");
        }
        limiter.succeeded("admin", "10.0.0.1");

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAttempt("admin", "10.0.0.1")).isTrue();
        }
    }

    @Test
    void signing_in_again_and_again_from_one_address_never_uses_up_its_allowance() {
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.tryAttempt("user" + (i % 3), "10.0.0.1")).isTrue();
            limiter.succeeded("user" + (i % 3), "10.0.0.1");
        }
    }
}
