package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInLimiterTest {

    private final MovableClock clock = new MovableClock();
    private final SignInLimiter limiter = new SignInLimiter(clock, 5, 20);

    @Test
    void an_account_gets_five_attempts_then_waits_for_the_window_to_pass() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAttempt("editor", "10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryAttempt("Editor", "10.0.0.2")).as("the same account from elsewhere").isFalse();

        clock.advance(SignInLimiter.WINDOW);
        assertThat(limiter.tryAttempt("editor", "10.0.0.1")).isTrue();
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
    void a_successful_sign_in_gives_the_account_its_attempts_back() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAttempt("admin", "10.0.0.1");
        }
        limiter.succeeded("admin");

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAttempt("admin", "10.0.0.1")).isTrue();
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
