package org.neighbourhood.base.content;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

import org.neighbourhood.base.Zones;

/**
 * Calendar files (RFC 5545) of events, for people to add one event to their calendar or subscribe to a
 * neighbourhood's events. All times are given in UK time, with the time zone described in the file, so that an event
 * stays at 7 pm across the change to and from summer time whatever zone the reader's device is in.
 */
@Component
public class CalendarWriter {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    static final String PRODUCT_ID = "-//Neighbourhood//Neighbourhood policing portal//EN";

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    // Control characters are not allowed in calendar text; line breaks are, and are escaped by the library.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The whole .ics file: CRLF line endings, lines folded at 75 octets. */
    public String write(String calendarName, List<CalendarEvent> events) {
        var properties = new PropertyList(List.of(
                new ProdId(PRODUCT_ID),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new Name(text(calendarName)),
                // What Apple, Google and Microsoft calendars show as a subscribed calendar's name; NAME is newer.
                new XProperty("X-WR-CALNAME", text(calendarName))));
        var components = new ArrayList<CalendarComponent>();
        components.add(timeZone());
        events.stream().map(CalendarWriter::event).forEach(components::add);
        var calendar = new Calendar(properties, new ComponentList<>(components));
        return fold(calendar.toString());
    }

    private static VEvent event(CalendarEvent event) {
        var properties = new ArrayList<Property>();
        // With no METHOD, RFC 5545 has DTSTAMP say when the event was last revised, not when the file was made.
        properties.add(new DtStamp(event.lastModified()));
        properties.add(new Uid(event.uid()));
        properties.add(new DtStart<>(inZone(event.start())));
        properties.add(new DtEnd<>(inZone(event.end())));
        properties.add(new Summary(text(event.title())));
        if (!event.description().isBlank()) {
            properties.add(new Description(text(event.description())));
        }
        if (!event.location().isBlank()) {
            properties.add(new Location(text(event.location())));
        }
        if (event.url() != null) {
            properties.add(new Url(event.url()));
        }
        properties.add(new LastModified(event.lastModified()));
        return new VEvent(new PropertyList(properties));
    }

    private static ZonedDateTime inZone(ZonedDateTime time) {
        return time.withZoneSameInstant(Zones.LONDON);
    }

    /** Text as calendar programs read it back: they drop spaces at the end of a value, so none are written. */
    private static String text(String value) {
        return CONTROL.matcher(value.replaceAll("\r\n?", "\n")).replaceAll("").strip();
    }

    /**
     * UK time as it is ruled today: the rules still in force, without the history since 1847 that the full
     * definition carries. Some calendar programs read only one standard and one summer-time rule, and subscribers
     * download the file on every refresh. The portal's events are all long after these rules began (1996).
     */
    private VTimeZone timeZone() {
        var full = zones.getTimeZone(Zones.LONDON.getId()).getVTimeZone();
        var current = full.getObservances().stream()
                .filter(CalendarWriter::stillInForce)
                .toList();
        return new VTimeZone(new PropertyList(List.of(new TzId(Zones.LONDON.getId()))), new ComponentList<>(current));
    }

    private static boolean stillInForce(Observance observance) {
        return observance.<RRule<?>>getProperty(Property.RRULE)
                .map(rule -> rule.getRecur().getUntil() == null)
                .orElse(false);
    }

    /**
     * Folds lines longer than 75 octets, as RFC 5545 asks. The library counts characters rather than octets, so a
     * line of Polish or Welsh text could come out too long; the cut never falls inside a character.
     */
    static String fold(String unfolded) {
        var folded = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (var line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Octets(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append(CRLF).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
