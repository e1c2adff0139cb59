package org.neighbourhood.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts per account and per client address, so that passwords cannot be guessed at speed
 * and one address cannot try many accounts. Buckets live in memory and are forgotten after an idle hour.
 */
@Component
class SignInLimiter {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> byAccount;
    private final Cache<String, Bucket> byAddress;
    private final int perAccount;
    private final int perAddress;
    private final TimeMeter time;

    SignInLimiter(Clock clock, @Value("${neighbourhood.sign-in.attempts-per-account:5}") int perAccount,
            @Value("${neighbourhood.sign-in.attempts-per-address:20}") int perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.time = new ClockTimeMeter(clock);
        this.byAccount = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
        this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
    }

    /** Takes one attempt from both allowances; false when either is used up. */
    boolean tryAttempt(String username, String address) {
        var account = byAccount.get(username.toLowerCase(Locale.ROOT), key -> bucket(perAccount));
        var client = byAddress.get(address, key -> bucket(perAddress));
        return account.tryConsume(1) & client.tryConsume(1);
    }

    /** A successful sign-in gives the account its attempts back, so a typo earlier costs nothing later. */
    void succeeded(String username) {
        byAccount.invalidate(username.toLowerCase(Locale.ROOT));
    }

    private Bucket bucket(int attempts) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, WINDOW).build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** Bucket4j's time taken from the application clock, so tests move time instead of waiting. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
