package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.neighbourhood.forums.series.SeriesCatalog;
import org.neighbourhood.forums.series.SeriesGuard;
import org.neighbourhood.security.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise of the sign-up consent: a year after a session (unless configured otherwise), the names,
 * email addresses, organisations and accessibility needs of the people who signed up are erased, and their
 * links stop working. Counts of sign-ups and attendance remain.
 */
@Service
public class RetentionService {

    private final SeriesCatalog catalog;
    private final RegistrationRepository registrations;
    private final RegistrationLinkRepository links;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration retention;
    private final SeriesGuard guard;

    RetentionService(SeriesCatalog catalog, RegistrationRepository registrations, RegistrationLinkRepository links,
            AuditLog audit, Clock clock, @Value("${neighbourhood.forums.retention:P365D}") Duration retention,
            SeriesGuard guard) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
        this.guard = guard;
    }

    /**
     * Erases what is held past the retention period; returns how many registrations. Only the portal's own
     * schedule or an administrator erases, for every series at once.
     */
    @Transactional
    public int eraseExpired() {
        guard.requireAdmin();
        return eraseEndedBefore(clock.instant().minus(retention));
    }

    @Transactional
    int eraseEndedBefore(Instant cutoff) {
        var ended = catalog.endedBefore(cutoff);
        var due = ended.isEmpty() ? List.<Registration>of() : registrations.stillIdentifying(ended);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        due.forEach(registration -> registration.erase(now));
        if (!due.isEmpty()) {
            links.deleteByRegistrationIdIn(due.stream().map(Registration::getId).toList());
            audit.record("forum-registration.erased", "forum-registration", "all",
                    due.size() + " registrations of sessions that ended before " + cutoff);
        }
        return due.size();
    }
}
