package org.neighbourhood.base;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Allowances an hour by key — a client address, a registration — on the injected clock, so that a public form
 * cannot be used to flood an inbox or a count. Kept in memory only: a key is never stored, and is forgotten after
 * two idle hours.
 */
public final class HourlyLimits {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();
    private final TimeMeter time;

    public HourlyLimits(Clock clock) {
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

    /**
     * Takes one of the key's allowance for the hour; false when it is used up.
     *
     * @param perHour the key's allowance, set when the key is first seen
     */
    public boolean tryTake(String key, int perHour) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, WINDOW).build())
                .withCustomTimePrecision(time).build()).tryConsume(1);
    }
}
