package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-ups per client address, and fresh links per registration, so the form cannot be used to
 * flood anyone's inbox. Buckets live in memory and are forgotten after an idle hour.
 */
@Component
class SignUpLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();
    private final int perAddress;
    private final TimeMeter time;

    SignUpLimiter(Clock clock, @Value("${neighbourhood.forums.sign-ups-per-address:10}") int perAddress) {
        this.perAddress = perAddress;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    boolean trySignUp(String address) {
        return buckets.get("address:" + address, key -> bucket(perAddress)).tryConsume(1);
    }

    /** Three fresh links an hour for one registration is plenty for a person and useless for abuse. */
    boolean tryFreshLink(long registrationId) {
        return buckets.get("link:" + registrationId, key -> bucket(3)).tryConsume(1);
    }

    private Bucket bucket(int allowance) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, WINDOW).build())
                .withCustomTimePrecision(time).build();
    }
}
