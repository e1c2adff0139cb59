package org.neighbourhood.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;

import org.junit.jupiter.api.Test;

class CalendarWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant EDITED = Instant.parse("2026-06-01T08:30:00Z");

    private final CalendarWriter writer = new CalendarWriter();

    private static CalendarEvent fair() {
        return new CalendarEvent("event-17@neighbourhood", "Summer fair: meet your team",
                "Come and talk to us about speeding on School Lane.",
                ZonedDateTime.of(2026, 7, 4, 10, 0, 0, 0, LONDON), ZonedDateTime.of(2026, 7, 4, 13, 30, 0, 0, LONDON),
                "Castle Park bandstand", URI.create("https://police.example/events/summer-fair"), EDITED);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(PropertyListAccessor component, String property) {
        return component.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<Temporal> date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        return Instant.from(date.getDate());
    }

    @Test
    void an_event_reads_back_with_every_field() throws Exception {
        var ics = writer.write("Castle Quarter events", List.of(fair()));

        var calendar = parse(ics);
        assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarWriter.PRODUCT_ID);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Castle Quarter events");
        assertThat(value(calendar, Property.NAME)).isEqualTo("Castle Quarter events");

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        var event = events.getFirst();
        assertThat(value(event, Property.UID)).isEqualTo("event-17@neighbourhood");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Summer fair: meet your team");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Come and talk to us about speeding on School Lane.");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Castle Park bandstand");
        assertThat(value(event, Property.URL)).isEqualTo("https://police.example/events/summer-fair");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-07-04T09:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-07-04T12:30:00Z"));
        assertThat(instant(event, Property.LAST_MODIFIED)).isEqualTo(EDITED);
        assertThat(instant(event, Property.DTSTAMP)).as("last revision, as RFC 5545 asks without METHOD")
                .isEqualTo(EDITED);
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    @Test
    void times_are_in_uk_time_with_the_zone_named_and_described() throws Exception {
        var ics = writer.write("Events", List.of(fair()));

        assertThat(ics).contains("\r\nDTSTART;TZID=Europe/London:20260704T100000\r\n")
                .contains("\r\nDTEND;TZID=Europe/London:20260704T133000\r\n");
        var event = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().<TzId>getParameter(Parameter.TZID)
                .map(TzId::getValue)).contains("Europe/London");
        List<VTimeZone> zones = parse(ics).getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.getFirst(), Property.TZID)).isEqualTo("Europe/London");
    }

    @Test
    void the_time_zone_in_the_file_gives_uk_time_in_summer_and_winter_for_years_to_come() throws Exception {
        VTimeZone described = parse(writer.write("Events", List.of())).<VTimeZone>getComponents(Component.VTIMEZONE)
                .getFirst();
        var zone = new TimeZone(described);

        for (var local : List.of("2026-01-15T12:00", "2026-03-29T03:00", "2026-07-04T10:00", "2026-10-25T03:00",
                "2031-12-24T18:00", "2035-08-01T09:00")) {
            var instant = LocalDateTime.parse(local).atZone(LONDON).toInstant();
            int expected = LONDON.getRules().getOffset(instant).getTotalSeconds() * 1000;
            assertThat(zone.getOffset(instant.toEpochMilli())).as(local).isEqualTo(expected);
        }
    }

    @Test
    void an_event_given_in_another_zone_is_written_in_uk_time() throws Exception {
        var utc = ZonedDateTime.of(2026, 12, 5, 19, 0, 0, 0, ZoneOffset.UTC);
        var event = new CalendarEvent("e1", "Surgery", "", utc, utc.plusHours(1), "", null, EDITED);

        var ics = writer.write("Events", List.of(event));

        assertThat(ics).contains("\r\nDTSTART;TZID=Europe/London:20261205T190000\r\n");
        var summer = ZonedDateTime.of(2026, 6, 5, 19, 0, 0, 0, ZoneOffset.UTC);
        assertThat(writer.write("Events", List.of(new CalendarEvent("e2", "Surgery", "", summer, summer, "", null,
                EDITED)))).contains("\r\nDTSTART;TZID=Europe/London:20260605T200000\r\n");
    }

    @Test
    void blank_description_and_location_and_no_address_are_left_out() throws Exception {
        var start = ZonedDateTime.of(2026, 9, 1, 18, 0, 0, 0, LONDON);
        var ics = writer.write("Events", List.of(new CalendarEvent("e3", "Online meeting", " ", start,
                start.plusHours(1), "", null, EDITED)));

        var event = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
        assertThat(event.getProperty(Property.URL)).isEmpty();
    }

    @Test
    void every_line_ends_with_crlf() {
        var ics = writer.write("Events", List.of(fair()));

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void long_lines_are_folded_within_75_octets_and_unfold_to_the_original() throws Exception {
        var description = "Spotkanie z zespołem dzielnicowym: porozmawiajmy o bezpieczeństwie na ulicach. ".repeat(6)
                + "Zażółć gęślą jaźń 🚓 ".repeat(10);
        var start = ZonedDateTime.of(2026, 9, 1, 18, 0, 0, 0, LONDON);
        var event = new CalendarEvent("e4", "Spotkanie", description, start, start.plusHours(1), "Biblioteka",
                null, EDITED);

        var ics = writer.write("Wydarzenia", List.of(event));

        var lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        var parsed = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo(description.strip());
    }

    @Test
    void commas_semicolons_backslashes_and_line_breaks_in_text_are_escaped() throws Exception {
        var start = ZonedDateTime.of(2026, 9, 1, 18, 0, 0, 0, LONDON);
        var title = "Fair, games; prizes\\raffle\nand more\r\nfor all";
        var event = new CalendarEvent("e5", title, "Bring: cake; tea,\nmugs", start, start.plusHours(1),
                "Hall; room 2, upstairs", null, EDITED);

        var ics = writer.write("Events; all, of them", List.of(event));

        assertThat(ics).contains("\r\nSUMMARY:Fair\\, games\\; prizes\\\\raffle\\nand more\\nfor all\r\n")
                .contains("\r\nLOCATION:Hall\\; room 2\\, upstairs\r\n")
                .contains("\r\nX-WR-CALNAME:Events\\; all\\, of them\r\n");
        var parsed = parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(parsed, Property.SUMMARY)).isEqualTo("Fair, games; prizes\\raffle\nand more\nfor all");
        assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo("Bring: cake; tea,\nmugs");
        assertThat(value(parsed, Property.LOCATION)).isEqualTo("Hall; room 2, upstairs");
    }

    @Test
    void control_characters_that_calendar_text_may_not_hold_are_dropped() throws Exception {
        var start = ZonedDateTime.of(2026, 9, 1, 18, 0, 0, 0, LONDON);
        var ics = writer.write("Events", List.of(new CalendarEvent("e6", "Bell\u0007 ringing\u0000", "", start,
                start, "", null, EDITED)));

        assertThat(ics).doesNotContain("\u0007").doesNotContain("\u0000");
        assertThat(value(parse(ics).<VEvent>getComponents(Component.VEVENT).getFirst(), Property.SUMMARY))
                .isEqualTo("Bell ringing");
    }

    @Test
    void no_events_still_make_a_valid_calendar() throws Exception {
        var ics = writer.write("Castle Quarter events", List.of());

        var calendar = parse(ics);
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void several_events_each_keep_their_own_uid() throws Exception {
        var second = new CalendarEvent("event-18@neighbourhood", "Bike marking", "", fair().start().plusDays(7),
                fair().end().plusDays(7), "Market Square", null, EDITED);

        var events = parse(writer.write("Events", List.of(fair(), second))).<VEvent>getComponents(Component.VEVENT);

        assertThat(events).extracting(event -> value(event, Property.UID))
                .containsExactly("event-17@neighbourhood", "event-18@neighbourhood");
    }

    @Test
    void an_event_that_ends_before_it_starts_is_a_programming_error() {
        var start = ZonedDateTime.of(2026, 9, 1, 18, 0, 0, 0, LONDON);

        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEvent("e7", "Backwards", "", start,
                start.minusMinutes(1), "", null, EDITED));
    }
}
