package org.neighbourhood.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session may last: {@link #idle()} without anything done in it (an open tab's
 * heartbeats do not count), and {@link #absolute()} in all, however busy.
 */
@Component
public class SessionLimits {

    private final Duration idle;
    private final Duration absolute;

    SessionLimits(@Value("${neighbourhood.back-office.idle-timeout:30m}") Duration idle,
            @Value("${neighbourhood.back-office.absolute-timeout:12h}") Duration absolute) {
        this.idle = idle;
        this.absolute = absolute;
    }

    public Duration idle() {
        return idle;
    }

    public Duration absolute() {
        return absolute;
    }
}
