package org.neighbourhood.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.priorities.PriorityStatus;

/** Fictional local priorities for every demo neighbourhood: some done, some under way, one a draft. */
final class DemoPriorities {

    private record Sample(String issue, @Nullable String issuePl, int monthsAgo, @Nullable String action,
            @Nullable String actionPl, PriorityStatus status) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Anti-social behaviour by groups gathering near the shops in the evenings",
                    "Zachowania aspołeczne grup zbierających się wieczorami przy sklepach", 4,
                    "Extra evening foot patrols three nights a week, and a youth club drop-in opened with the council.",
                    "Dodatkowe piesze patrole wieczorne trzy razy w tygodniu oraz nowe zajęcia w klubie młodzieżowym "
                            + "we współpracy z radą miasta.",
                    PriorityStatus.DONE),
            new Sample("Speeding on residential roads near the primary school",
                    "Przekraczanie prędkości na osiedlowych ulicach w pobliżu szkoły podstawowej", 2,
                    "Speed checks with Community Speed Watch volunteers every fortnight; results shared at the next "
                            + "street surgery.",
                    null, PriorityStatus.IN_PROGRESS),
            new Sample("Bicycle thefts from outside the station and the flats", null, 1, null, null,
                    PriorityStatus.OPEN));

    private DemoPriorities() {
    }

    static void load(List<NeighbourhoodSummary> neighbourhoods, PriorityService priorities, Clock clock) {
        var today = LocalDate.now(clock.withZone(Zones.LONDON));
        for (var neighbourhood : neighbourhoods) {
            for (var sample : SAMPLES) {
                var issueDate = today.minusMonths(sample.monthsAgo());
                var actionDate = sample.status() == PriorityStatus.DONE ? issueDate.plusWeeks(6) : null;
                var created = priorities.create(neighbourhood.id(), new PriorityContent(sample.issue(),
                        sample.issuePl(), issueDate, sample.action(), sample.actionPl(), actionDate, sample.status()));
                priorities.publish(created.id(), created.version(), null);
            }
            priorities.create(neighbourhood.id(), new PriorityContent(
                    "Draft: parking on the pavement outside the surgery (not yet public)", null, today, null, null,
                    null, PriorityStatus.OPEN));
        }
    }
}
