package org.neighbourhood.base;

import java.time.ZoneId;

/**
 * The one time zone the portal lives in: every force it serves keeps UK time, so "today", a scheduled job's
 * hour and a time typed into a form all mean the time on a clock in London.
 */
public final class Zones {

    /** For annotations such as {@code @Scheduled(zone = …)}, which need a constant string. */
    public static final String LONDON_ID = "Europe/London";
    public static final ZoneId LONDON = ZoneId.of(LONDON_ID);

    private Zones() {
    }
}
