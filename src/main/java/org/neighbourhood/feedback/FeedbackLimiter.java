package org.neighbourhood.feedback;

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
 * Limits feedback and voiced concerns per client address, so that neither the inbox nor the counts can be
 * flooded. Buckets live in memory only — the address is never stored — and are forgotten after an idle hour.
 */
@Component
class FeedbackLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();
    private final int messagesPerAddress;
    private final int concernsPerAddress;
    private final TimeMeter time;

    FeedbackLimiter(Clock clock,
            @Value("${neighbourhood.feedback.messages-per-address:10}") int messagesPerAddress,
            @Value("${neighbourhood.feedback.concerns-per-address:60}") int concernsPerAddress) {
        this.messagesPerAddress = messagesPerAddress;
        this.concernsPerAddress = concernsPerAddress;
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

    boolean tryMessage(String address) {
        return buckets.get("message:" + address, key -> bucket(messagesPerAddress)).tryConsume(1);
    }

    boolean tryConcern(String address) {
        return buckets.get("concern:" + address, key -> bucket(concernsPerAddress)).tryConsume(1);
    }

    private Bucket bucket(int allowance) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, WINDOW).build())
                .withCustomTimePrecision(time).build();
    }
}
