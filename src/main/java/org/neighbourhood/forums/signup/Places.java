package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neighbourhood.forums.series.SessionCapacityRaised;
import org.neighbourhood.forums.series.SessionFacts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a session's places are given out and given up, whoever asks: a person through their link, a facilitator
 * for them, or more places on the session. Places go to people in the order they confirm; a place given up goes
 * to the first person waiting. Every caller holds the session's lock, so places go out one at a time.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Places {

    private final RegistrationRepository registrations;
    private final Links links;
    private final ForumMail mail;
    private final Clock clock;

    Places(RegistrationRepository registrations, Links links, ForumMail mail, Clock clock) {
        this.registrations = registrations;
        this.links = links;
        this.mail = mail;
        this.clock = clock;
    }

    /** A confirmed sign-up: a place when one is free, otherwise the end of the waiting list. */
    void confirm(Registration person, SessionFacts session) {
        var taken = registrations.countBySessionIdAndStatus(session.id(), RegistrationStatus.CONFIRMED);
        person.confirm(taken < session.capacity(), now());
    }

    /**
     * The one way a place is given up, by the person or by a facilitator for them: the person is emailed, and
     * while sign-ups are open the first person waiting gets the place. False when the registration was cancelled
     * already.
     */
    boolean cancel(Registration person, SessionFacts session) {
        if (person.getStatus() == RegistrationStatus.CANCELLED) {
            return false;
        }
        var now = now();
        person.cancel(now);
        registrations.flush();
        mail.send(ForumMail.CANCELLED, person, session, links.manage(person, session), null, null);
        if (session.isOpenAt(now)) {
            promoteWaiting(session);
        }
        return true;
    }

    /** More places on a session that is still open go straight to the people waiting. */
    @EventListener
    void capacityRaised(SessionCapacityRaised raised) {
        promoteWaiting(raised.session());
    }

    /** Fills free places from the waiting list, in order, emailing each person promoted. */
    private void promoteWaiting(SessionFacts session) {
        var now = now();
        var taken = registrations.countBySessionIdAndStatus(session.id(), RegistrationStatus.CONFIRMED);
        for (var next : registrations.inOrder(session.id(), RegistrationStatus.WAITING)) {
            if (taken >= session.capacity()) {
                break;
            }
            next.promote(now);
            taken++;
            mail.send(ForumMail.PROMOTED, next, session, links.manage(next, session), null, null);
        }
    }

    /** Where a person waiting stands: 1 for next in line, 0 when they are not waiting. */
    int waitingPosition(Registration person) {
        if (person.getStatus() != RegistrationStatus.WAITING) {
            return 0;
        }
        var waiting = registrations.inOrder(person.getSessionId(), RegistrationStatus.WAITING);
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).getId() == person.getId()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** How many people hold a place, wait for one or have not confirmed yet, by session. */
    Map<Long, PlaceCount> counts(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return registrations.findBySessionIdInAndStatusIn(sessionIds, List.of(RegistrationStatus.values())).stream()
                .collect(Collectors.groupingBy(Registration::getSessionId, Collectors.collectingAndThen(
                        Collectors.groupingBy(Registration::getStatus, Collectors.counting()), PlaceCount::of)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
