package org.neighbourhood.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.neighbourhood.base.Zones;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventType;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/** Fictional events in the coming weeks for every demo neighbourhood, at fictional venues. */
final class DemoEvents {

    private DemoEvents() {
    }

    static void load(List<NeighbourhoodSummary> neighbourhoods, EventService events, Clock clock) {
        var today = LocalDate.now(clock.withZone(Zones.LONDON));
        int offset = 0;
        for (var n : neighbourhoods) {
            var surgeryDay = today.plusDays(5 + offset % 7);
            var surgery = new EventContent(EventType.STREET_SURGERY, EventFormat.IN_PERSON,
                    "Street surgery: meet your " + n.name() + " team",
                    "riverside".equals(n.slug()) ? "Dyżur na ulicy: poznaj zespół dzielnicy " + n.name() : null,
                    "Drop in for a chat with your local officers about anything that worries you. No appointment needed.",
                    "riverside".equals(n.slug())
                            ? "Przyjdź porozmawiać z lokalnymi funkcjonariuszami o wszystkim, co Cię niepokoi. "
                                    + "Nie trzeba się umawiać."
                            : null,
                    n.name() + " Community Centre", "1 Market Street, " + n.name(),
                    "Step-free entrance and an accessible toilet. A hearing loop is available on request.", null,
                    at(surgeryDay, LocalTime.of(10, 0)), at(surgeryDay, LocalTime.of(12, 0)));
            var meetingDay = today.plusDays(18 + offset % 10);
            var meeting = new EventContent(EventType.PUBLIC_MEETING, EventFormat.HYBRID,
                    n.name() + " beat meeting", null,
                    "Hear what the team has done since the last meeting and help choose the next local priorities.",
                    null, "St Aidan's Church Hall", "Church Lane, " + n.name(),
                    "Level access from the car park; seats with arms at the front.",
                    "https://meet.example/northshire-" + n.slug(),
                    at(meetingDay, LocalTime.of(18, 30)), at(meetingDay, LocalTime.of(20, 0)));
            for (var content : List.of(surgery, meeting)) {
                var created = events.create(n.id(), content);
                events.publish(created.id(), created.version(), null);
            }
            offset += 3;
        }
    }

    private static java.time.Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Zones.LONDON).toInstant();
    }
}
