package org.neighbourhood.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.LinkTokens;
import org.neighbourhood.base.Zones;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional feedback for the demo, so that the inbox, the figures and an escalation can be tried at once: in
 * every neighbourhood messages from the past three months answered within 72 hours and some answered late, and
 * in Riverside some still open, one overdue and one escalated; and a month of concerns voiced. The senders'
 * names and addresses are invented ({@code example.org}); items are written with their own past times, which the
 * public form cannot do, so this is the feature's own loader rather than a walk through the service.
 */
@Service
@Transactional
public class FeedbackDemo {

    private record Sample(Subject subject, String message, Locale locale, @Nullable String name,
            @Nullable String email, String answer) {
    }

    private static final List<Sample> ANSWERED = List.of(
            new Sample(Subject.SPEEDING, "Cars race down the road by the school every morning around 8.",
                    Locale.ENGLISH, "Morag Pellow", "morag.pellow@example.org",
                    "Thank you. We will run speed checks with Community Speed Watch at school times this month."),
            new Sample(Subject.LITTER, "Someone has dumped a mattress and bin bags in the alley behind the shops.",
                    Locale.ENGLISH, null, null,
                    "We have reported it to the council's fly-tipping team and asked for the alley to be cleared."),
            new Sample(Subject.ASB, "Grupa nastolatków co wieczór rzuca kamieniami w okna pustego sklepu.",
                    Locale.of("pl"), "Zofia Brzezicka", "zofia.brzezicka@example.org",
                    "Dziękujemy. Patrol będzie zaglądał w to miejsce wieczorami, a właściciel sklepu zabezpieczy okna."),
            new Sample(Subject.VEHICLE_CRIME, "Two cars on our street had their windows smashed on Saturday night.",
                    Locale.ENGLISH, "Idris Fairweather", "idris.fairweather@example.org",
                    "Sorry to hear this. Both crimes are recorded and we have added the street to our night patrols."));

    private final FeedbackItemRepository items;
    private final FeedbackEntryRepository entries;
    private final VoicedConcernRepository concerns;
    private final Clock clock;
    private final Duration answerWithin;

    FeedbackDemo(FeedbackItemRepository items, FeedbackEntryRepository entries, VoicedConcernRepository concerns,
            Clock clock, FeedbackService service) {
        this.items = items;
        this.entries = entries;
        this.concerns = concerns;
        this.clock = clock;
        this.answerWithin = service.answerWithin();
    }

    /** Loads the demo feedback into a database without any. */
    public void load(List<NeighbourhoodSummary> neighbourhoods, String riversideSlug) {
        if (items.count() > 0) {
            return;
        }
        var now = clock.instant();
        int turn = 0;
        for (var neighbourhood : neighbourhoods) {
            for (int i = 0; i < ANSWERED.size(); i++) {
                var sample = ANSWERED.get((i + turn) % ANSWERED.size());
                var received = now.minus(Duration.ofDays(10 + 21L * i + turn % 5)).minus(Duration.ofHours(3 * i));
                // Every third answer comes late, so the figures have both.
                var answeredAfter = (i + turn) % 3 == 2 ? answerWithin.plusHours(30) : Duration.ofHours(6 + 9L * i);
                var item = item(neighbourhood, sample, received);
                answer(item, sample.answer(), received.plus(answeredAfter));
                if (i % 2 == 0) {
                    item.close(received.plus(answeredAfter).plus(Duration.ofDays(2)));
                }
                items.save(item);
            }
            if (neighbourhood.slug().equals(riversideSlug)) {
                riverside(neighbourhood, now);
            }
            voiceConcerns(neighbourhood, now, turn);
            turn++;
        }
    }

    /** Riverside's inbox has work in it: two new, one in hand, one overdue and one escalated. */
    private void riverside(NeighbourhoodSummary riverside, Instant now) {
        items.save(item(riverside, new Sample(Subject.DRUGS,
                "People seem to be dealing from a car parked by the marina most evenings after 9.", Locale.ENGLISH,
                null, null, ""), now.minus(Duration.ofHours(5))));
        items.save(item(riverside, new Sample(Subject.OTHER,
                "Could the street surgery be on a Saturday sometimes? I work weekdays.", Locale.ENGLISH,
                "Tobias Wren", "tobias.wren@example.org", ""), now.minus(Duration.ofHours(20))));
        var inHand = item(riverside, new Sample(Subject.BURGLARY,
                "Ktoś próbował wyważyć drzwi do piwnic w naszym bloku przy nabrzeżu.", Locale.of("pl"),
                "Henryk Malczewski", "henryk.malczewski@example.org", ""), now.minus(Duration.ofHours(40)));
        inHand.startWork();
        items.save(inHand);
        entries.save(new FeedbackEntry(inHand.getId(), EntryKind.NOTE,
                "Asked the housing association for their CCTV.", null, "Sgt Daniel Okafor",
                now.minus(Duration.ofHours(30))));
        items.save(item(riverside, new Sample(Subject.ASB,
                "Loud music and shouting from the bandstand until 2am every Friday.", Locale.ENGLISH,
                "Annika Loveday", "annika.loveday@example.org", ""),
                now.minus(answerWithin).minus(Duration.ofHours(14))));
        var escalated = item(riverside, new Sample(Subject.VEHICLE_CRIME,
                "My van was broken into at the bus station car park and nobody has called me back.", Locale.ENGLISH,
                "Rhodri Penhale", "rhodri.penhale@example.org", ""),
                now.minus(answerWithin).minus(Duration.ofDays(2)));
        var escalatedAt = escalated.getDueAt().plus(Duration.ofHours(20));
        escalated.escalate(escalatedAt);
        items.save(escalated);
        entries.save(new FeedbackEntry(escalated.getId(), EntryKind.ESCALATION,
                FeedbackService.EscalatedTo.SENIOR_OFFICERS.name(), null, "Rhodri Penhale", escalatedAt));
    }

    private FeedbackItem item(NeighbourhoodSummary neighbourhood, Sample sample, Instant received) {
        var reference = References.next(neighbourhood.name());
        while (items.existsByReference(reference)) {
            reference = References.next(neighbourhood.name());
        }
        var item = new FeedbackItem(reference, neighbourhood.id(), sample.subject(),
                sample.message(), "/neighbourhoods/" + neighbourhood.slug(), null, sample.locale(), received,
                answerWithin);
        if (sample.email() != null) {
            item.replyTo(sample.name(), sample.email(), FeedbackService.CONSENT_VERSION);
        }
        var saved = items.save(item);
        entries.save(new FeedbackEntry(saved.getId(), EntryKind.RESIDENT, sample.message(), null, sample.name(),
                received));
        return saved;
    }

    private void answer(FeedbackItem item, String text, Instant at) {
        entries.save(new FeedbackEntry(item.getId(), EntryKind.ANSWER, text, null, "Neighbourhood team", at));
        item.answer(at);
    }

    /** This month's clicks: a handful per concern, more of some, each from its own made-up browser. */
    private void voiceConcerns(NeighbourhoodSummary neighbourhood, Instant now, int turn) {
        var month = YearMonth.from(now.atZone(Zones.LONDON));
        var start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var kinds = List.of(Subject.ASB, Subject.SPEEDING, Subject.DRUGS, Subject.BURGLARY, Subject.VEHICLE_CRIME,
                Subject.LITTER);
        for (int k = 0; k < kinds.size(); k++) {
            int count = 2 + (k * 7 + turn * 3) % 11;
            for (int c = 0; c < count; c++) {
                var voter = LinkTokens.hash(month + ":" + UUID.randomUUID());
                var at = start.isBefore(now) ? start.plus(Duration.between(start, now).multipliedBy(c + 1)
                        .dividedBy(count + 1)) : now;
                concerns.save(new VoicedConcern(neighbourhood.id(), kinds.get(k), month.toString(), voter, at));
            }
        }
    }
}
