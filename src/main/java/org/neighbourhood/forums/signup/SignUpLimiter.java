package org.neighbourhood.forums.signup;

import java.time.Clock;

import org.neighbourhood.base.HourlyLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-ups per client address, and fresh links per registration, so the form cannot be used to
 * flood anyone's inbox.
 */
@Component
class SignUpLimiter {

    private final HourlyLimits limits;
    private final int perAddress;

    SignUpLimiter(Clock clock, @Value("${neighbourhood.forums.sign-ups-per-address:10}") int perAddress) {
        this.limits = new HourlyLimits(clock);
        this.perAddress = perAddress;
    }

    boolean trySignUp(String address) {
        return limits.tryTake("address:" + address, perAddress);
    }

    /** Three fresh links an hour for one registration is plenty for a person and useless for abuse. */
    boolean tryFreshLink(long registrationId) {
        return limits.tryTake("link:" + registrationId, 3);
    }
}
