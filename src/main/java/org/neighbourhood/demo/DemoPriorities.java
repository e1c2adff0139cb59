package org.neighbourhood.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.priorities.PriorityStatus;
import org.neighbourhood.priorities.PriorityText;

/** Fictional local priorities for every demo neighbourhood: some done, some under way, one a draft. */
final class DemoPriorities {

    private record Sample(String issue, @Nullable String issuePl, @Nullable String issueCy, int monthsAgo,
            @Nullable String action, @Nullable String actionPl, @Nullable String actionCy, PriorityStatus status) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Anti-social behaviour by groups gathering near the shops in the evenings",
                    "Zachowania aspołeczne grup zbierających się wieczorami przy sklepach",
                    "Ymddygiad gwrthgymdeithasol gan grwpiau sy’n ymgynnull ger y siopau gyda’r nos", 4,
                    "Extra evening foot patrols three nights a week, and a youth club drop-in opened with the council.",
                    "Dodatkowe piesze patrole wieczorne trzy razy w tygodniu oraz nowe zajęcia w klubie młodzieżowym "
                            + "we współpracy z radą miasta.",
                    "Patrolau troed ychwanegol gyda’r nos dair noson yr wythnos, a sesiwn galw heibio mewn clwb "
                            + "ieuenctid a agorwyd gyda’r cyngor.",
                    PriorityStatus.DONE),
            new Sample("Speeding on residential roads near the primary school",
                    "Przekraczanie prędkości na osiedlowych ulicach w pobliżu szkoły podstawowej",
                    "Goryrru ar ffyrdd preswyl ger yr ysgol gynradd", 2,
                    "Speed checks with Community Speed Watch volunteers every fortnight; results shared at the next "
                            + "street surgery.",
                    null,
                    "Gwiriadau cyflymder gyda gwirfoddolwyr Gwylio Cyflymder Cymunedol bob pythefnos; rhennir y "
                            + "canlyniadau yn y gymhorthfa stryd nesaf.",
                    PriorityStatus.IN_PROGRESS),
            new Sample("Bicycle thefts from outside the station and the flats", null,
                    "Dwyn beiciau o’r tu allan i’r orsaf a’r fflatiau", 1, null, null, null, PriorityStatus.OPEN));

    private DemoPriorities() {
    }

    static void load(List<NeighbourhoodSummary> neighbourhoods, PriorityService priorities, Clock clock) {
        var today = LocalDate.now(clock.withZone(Zones.LONDON));
        for (var neighbourhood : neighbourhoods) {
            // Riverside's team writes in Welsh too, so its page can be read wholly in Welsh.
            boolean welsh = DemoData.WELSH_NEIGHBOURHOOD.equals(neighbourhood.slug());
            for (var sample : SAMPLES) {
                var issueDate = today.minusMonths(sample.monthsAgo());
                var actionDate = sample.status() == PriorityStatus.DONE ? issueDate.plusWeeks(6) : null;
                var texts = new LinkedHashMap<String, PriorityText>();
                texts.put("en", new PriorityText(sample.issue(), sample.action()));
                if (sample.issuePl() != null) {
                    texts.put("pl", new PriorityText(sample.issuePl(), sample.actionPl()));
                }
                if (welsh) {
                    texts.put("cy", new PriorityText(sample.issueCy(), sample.actionCy()));
                }
                var created = priorities.create(neighbourhood.id(),
                        new PriorityContent(texts, issueDate, actionDate, sample.status()));
                priorities.publish(created.id(), created.version(), null);
            }
            priorities.create(neighbourhood.id(), new PriorityContent(Map.of("en", new PriorityText(
                    "Draft: parking on the pavement outside the surgery (not yet public)", null)), today, null,
                    PriorityStatus.OPEN));
        }
    }
}
