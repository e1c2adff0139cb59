package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.neighbourhood.forums.series.SeriesCatalog;
import org.neighbourhood.forums.series.SeriesGuard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the people expected at a session a while before it starts (48 hours unless configured), once:
 * the reminder is marked sent in the same transaction that puts the email in the outbox.
 */
@Service
public class ReminderService {

    private final SeriesCatalog catalog;
    private final RegistrationRepository registrations;
    private final Links links;
    private final ForumMail mail;
    private final Clock clock;
    private final Duration before;
    private final SeriesGuard guard;

    ReminderService(SeriesCatalog catalog, RegistrationRepository registrations, Links links, ForumMail mail,
            Clock clock, @Value("${neighbourhood.forums.reminder-before:PT48H}") Duration before, SeriesGuard guard) {
        this.catalog = catalog;
        this.registrations = registrations;
        this.links = links;
        this.mail = mail;
        this.clock = clock;
        this.before = before;
        this.guard = guard;
    }

    /**
     * Puts a reminder in the outbox for everyone due one; returns how many. It emails people of every series, so
     * only the portal's own schedule or an administrator runs it.
     */
    @Transactional
    public int sendDue() {
        guard.requireAdmin();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int sent = 0;
        for (var session : catalog.publishedStartingBetween(now, now.plus(before))) {
            for (var person : registrations.findBySessionIdAndStatusAndReminderSentAtIsNull(session.id(),
                    RegistrationStatus.CONFIRMED)) {
                if (!person.isExpected()) {
                    continue;
                }
                person.remindedAt(now);
                mail.send(ForumMail.REMINDER, person, session, links.manage(person, session), null, null);
                sent++;
            }
        }
        return sent;
    }
}
