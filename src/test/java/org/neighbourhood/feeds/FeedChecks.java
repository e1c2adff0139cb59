package org.neighbourhood.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads feeds back as calendar programs and feed readers do, and checks what their standards require. */
public final class FeedChecks {

    private FeedChecks() {
    }

    /** The calendar as ical4j reads it, after checking it is valid RFC 5545. */
    public static Calendar calendar(String ics) {
        try {
            var calendar = new CalendarBuilder().build(new StringReader(ics));
            assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
            return calendar;
        } catch (IOException | ParserException e) {
            throw new AssertionError("Not a calendar: " + ics, e);
        }
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    public static Optional<VEvent> event(Calendar calendar, String uid) {
        return events(calendar).stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst();
    }

    public static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(e -> value(e, Property.UID)).toList();
    }

    /** A property's value, or null when the event has none. */
    public static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    public static String calendarName(Calendar calendar) {
        return calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElseThrow();
    }

    /**
     * The feed as ROME reads it into its Atom model, after checking what RFC 4287 requires of a feed and of each
     * entry, and that a generic feed reader (ROME's {@link SyndFeedInput}) reads it too.
     */
    public static Feed atom(String xml) {
        try {
            SyndFeed generic = new SyndFeedInput().build(new StringReader(xml));
            assertThat(generic.getFeedType()).isEqualTo("atom_1.0");
            var feed = (Feed) new WireFeedInput().build(new StringReader(xml));
            assertThat(feed.getId()).as("feed id").isNotBlank();
            assertThat(feed.getTitle()).as("feed title").isNotBlank();
            assertThat(feed.getUpdated()).as("feed updated").isNotNull();
            assertThat(feed.getAuthors()).as("feed author").singleElement()
                    .satisfies(author -> assertThat(author.getName()).isNotBlank());
            assertThat(feed.getAlternateLinks()).as("feed alternate link").singleElement()
                    .satisfies(link -> assertThat(link.getHref()).startsWith("http"));
            assertThat(link(feed.getOtherLinks(), "self")).as("feed self link").isPresent();
            for (var entry : feed.getEntries()) {
                checkEntry(entry);
            }
            return feed;
        } catch (FeedException e) {
            throw new AssertionError("Not an Atom feed: " + xml, e);
        }
    }

    private static void checkEntry(Entry entry) {
        assertThat(entry.getId()).as("entry id").isNotBlank();
        assertThat(entry.getTitleEx().getType()).as("entry title type of %s", entry.getId()).isEqualTo("text");
        assertThat(entry.getTitle()).as("entry title of %s", entry.getId()).isNotBlank();
        assertThat(entry.getUpdated()).as("entry updated of %s", entry.getId()).isNotNull();
        assertThat(entry.getPublished()).as("entry published of %s", entry.getId()).isNotNull();
        assertThat(entry.getAlternateLinks()).as("entry link of %s", entry.getId()).singleElement()
                .satisfies(link -> assertThat(link.getHref()).startsWith("http"));
        assertThat(entry.getContents()).as("entry content of %s", entry.getId()).singleElement()
                .satisfies(content -> assertThat(content.getType()).isEqualTo("html"));
        assertThat(entry.getSummary()).as("entry summary of %s", entry.getId()).isNotNull();
    }

    public static Optional<Entry> entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(e -> id.equals(e.getId())).findFirst();
    }

    public static Optional<Link> link(List<Link> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).findFirst();
    }
}
