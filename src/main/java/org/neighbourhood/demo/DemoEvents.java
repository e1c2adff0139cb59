package org.neighbourhood.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;

import org.neighbourhood.base.Zones;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventText;
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
            boolean welsh = DemoData.WELSH_NEIGHBOURHOOD.equals(n.slug());
            var surgeryTexts = new LinkedHashMap<String, EventText>();
            surgeryTexts.put("en", new EventText("Street surgery: meet your " + n.name() + " team",
                    "Drop in for a chat with your local officers about anything that worries you. No appointment needed.",
                    "Step-free entrance and an accessible toilet. A hearing loop is available on request."));
            if ("riverside".equals(n.slug())) {
                surgeryTexts.put("pl", new EventText("Dyżur na ulicy: poznaj zespół dzielnicy " + n.name(),
                        "Przyjdź porozmawiać z lokalnymi funkcjonariuszami o wszystkim, co Cię niepokoi. "
                                + "Nie trzeba się umawiać.",
                        "Wejście bez schodów i toaleta dla osób z niepełnosprawnościami. Pętla indukcyjna "
                                + "dostępna na prośbę."));
            }
            if (welsh) {
                surgeryTexts.put("cy", new EventText("Cymhorthfa stryd: dewch i gwrdd â thîm " + n.name(),
                        "Galwch heibio am sgwrs â’ch swyddogion lleol am unrhyw beth sy’n eich poeni. "
                                + "Does dim angen apwyntiad.",
                        "Mynedfa heb risiau a thoiled hygyrch. Mae dolen sain ar gael os gofynnwch chi amdani."));
            }
            var surgery = new EventContent(surgeryTexts, EventType.STREET_SURGERY, EventFormat.IN_PERSON,
                    n.name() + " Community Centre", "1 Market Street, " + n.name(), null,
                    at(surgeryDay, LocalTime.of(10, 0)), at(surgeryDay, LocalTime.of(12, 0)));
            var meetingDay = today.plusDays(18 + offset % 10);
            var meetingTexts = new LinkedHashMap<String, EventText>();
            meetingTexts.put("en", new EventText(n.name() + " beat meeting",
                    "Hear what the team has done since the last meeting and help choose the next local priorities.",
                    "Level access from the car park; seats with arms at the front."));
            if (welsh) {
                meetingTexts.put("cy", new EventText("Cyfarfod cymdogaeth " + n.name(),
                        "Clywch beth mae’r tîm wedi’i wneud ers y cyfarfod diwethaf, a helpwch i ddewis y "
                                + "blaenoriaethau lleol nesaf.",
                        "Mynediad gwastad o’r maes parcio; cadeiriau â breichiau yn y blaen."));
            }
            var meeting = new EventContent(meetingTexts, EventType.PUBLIC_MEETING, EventFormat.HYBRID,
                    "St Aidan's Church Hall", "Church Lane, " + n.name(), "https://meet.example/northshire-" + n.slug(),
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
