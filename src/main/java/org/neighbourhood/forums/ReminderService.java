package org.neighbourhood.forums;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the people expected at a session a while before it starts (48 hours unless configured), once:
 * the reminder is marked sent in the same transaction that puts the email in the outbox.
 */
@Service
public class ReminderService {

    private final ForumSessionRepository sessions;
    private final ForumSeriesRepository series;
    private final RegistrationRepository registrations;
    private final SignUpService signUps;
    private final ForumMail mail;
    private final Clock clock;
    private final Duration before;
    private final SeriesGuard guard;

    ReminderService(ForumSessionRepository sessions, ForumSeriesRepository series,
            RegistrationRepository registrations, SignUpService signUps, ForumMail mail, Clock clock,
            @Value("${neighbourhood.forums.reminder-before:PT48H}") Duration before, SeriesGuard guard) {
        this.sessions = sessions;
        this.series = series;
        this.registrations = registrations;
        this.signUps = signUps;
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
        for (var session : sessions.startingBetween(now, now.plus(before))) {
            var forum = series.findById(session.getSeriesId()).orElseThrow();
            for (var person : registrations.findBySessionIdAndStatusAndReminderSentAtIsNull(session.getId(),
                    RegistrationStatus.CONFIRMED)) {
                if (!person.isExpected()) {
                    continue;
                }
                person.remindedAt(now);
                mail.send(ForumMail.REMINDER, person, session, forum,
                        signUps.mint(person, LinkPurpose.MANAGE, SignUpService.manageExpiry(session)), null, null);
                sent++;
            }
        }
        return sent;
    }
}
