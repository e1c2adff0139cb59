package org.neighbourhood.feedback;

import java.time.Clock;

import org.neighbourhood.base.HourlyLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits feedback and voiced concerns per client address, so that neither the inbox nor the counts can be
 * flooded; the address is never stored.
 */
@Component
class FeedbackLimiter {

    private final HourlyLimits limits;
    private final int messagesPerAddress;
    private final int concernsPerAddress;

    FeedbackLimiter(Clock clock,
            @Value("${neighbourhood.feedback.messages-per-address:10}") int messagesPerAddress,
            @Value("${neighbourhood.feedback.concerns-per-address:60}") int concernsPerAddress) {
        this.limits = new HourlyLimits(clock);
        this.messagesPerAddress = messagesPerAddress;
        this.concernsPerAddress = concernsPerAddress;
    }

    boolean tryMessage(String address) {
        return limits.tryTake("message:" + address, messagesPerAddress);
    }

    boolean tryConcern(String address) {
        return limits.tryTake("concern:" + address, concernsPerAddress);
    }
}
