package org.neighbourhood.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.feeds.FeedChecks.atom;
import static org.neighbourhood.feeds.FeedChecks.calendar;
import static org.neighbourhood.feeds.FeedChecks.calendarName;
import static org.neighbourhood.feeds.FeedChecks.entry;
import static org.neighbourhood.feeds.FeedChecks.event;
import static org.neighbourhood.feeds.FeedChecks.events;
import static org.neighbourhood.feeds.FeedChecks.uids;
import static org.neighbourhood.feeds.FeedChecks.value;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Property;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventText;
import org.neighbourhood.events.EventType;
import org.neighbourhood.forums.series.SeriesCatalog;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What the feeds hold: only what the public may see, under names that stay the same through edits, never a listening
 * circle's whereabouts, never an editor's markup, and each in the language asked for. Every item a test makes is
 * deleted afterwards.
 */
@SpringBootTest
class FeedServiceTest {

    private static final Locale POLISH = Locale.of("pl");
    private static final Locale WELSH = Locale.of("cy");

    @Autowired
    FeedService feeds;

    @Autowired
    EventService events;

    @Autowired
    UpdateService updates;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SeriesCatalog catalog;

    @Autowired
    PublicAddress address;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    Clock clock;

    private final List<Runnable> made = new ArrayList<>();
    private long riverside;

    @BeforeEach
    void signIn() {
        riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
    }

    @AfterEach
    void deleteWhatWasMadeAndSignOut() {
        try {
            made.forEach(Runnable::run);
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    void a_draft_event_is_in_no_calendar_until_published_and_keeps_its_uid_when_edited() {
        var draft = newEvent("Bike marking " + System.nanoTime(), Duration.ofDays(3));
        var uid = draft.slug() + "@neighbourhood";
        assertThat(uids(calendar(riversideCalendar(Locale.ENGLISH)))).doesNotContain(uid);
        assertThat(uids(calendar(feeds.calendar(Locale.ENGLISH).body()))).doesNotContain(uid);

        var published = events.publish(draft.id(), draft.version(), null);

        var own = calendar(events.calendarFile(draft.slug(), URI.create("https://example.org")).orElseThrow());
        assertThat(uids(own)).as("the event's own calendar file").containsExactly(uid);
        assertThat(uids(calendar(riversideCalendar(Locale.ENGLISH)))).contains(uid);
        assertThat(uids(calendar(feeds.calendar(Locale.ENGLISH).body()))).contains(uid);

        var edited = events.update(published.id(), published.version(),
                content("Bike marking, now with tea " + System.nanoTime(), Duration.ofDays(4)));
        var calendar = calendar(riversideCalendar(Locale.ENGLISH));
        assertThat(uids(calendar)).containsOnlyOnce(uid);
        assertThat(value(event(calendar, uid).orElseThrow(), Property.SUMMARY))
                .startsWith("Bike marking, now with tea");

        events.unpublish(edited.id(), edited.version());
        assertThat(uids(calendar(riversideCalendar(Locale.ENGLISH)))).doesNotContain(uid);
    }

    @Test
    void a_draft_update_is_in_no_news_feed_until_published_and_keeps_its_entry_id_when_edited() {
        var draft = newUpdate("Graffiti cleared " + System.nanoTime(), "The underpass is clean again.");
        var id = address.base() + "/updates/" + draft.slug();
        assertThat(entry(atom(riversideNews(Locale.ENGLISH)), id)).isEmpty();
        assertThat(entry(atom(feeds.news(Locale.ENGLISH).body()), id)).isEmpty();

        var published = updates.publish(draft.id(), draft.version(), null);
        assertThat(entry(atom(riversideNews(Locale.ENGLISH)), id)).isPresent();
        assertThat(entry(atom(feeds.news(Locale.ENGLISH).body()), id)).isPresent();

        var edited = updates.update(published.id(), published.version(), new UpdateContent(Map.of("en",
                new UpdateText("Graffiti cleared, and the lights fixed", "The underpass is clean and lit."))));
        var feed = atom(riversideNews(Locale.ENGLISH));
        assertThat(feed.getEntries().stream().filter(e -> e.getId().equals(id))).singleElement()
                .satisfies(entry -> assertThat(entry.getTitle()).isEqualTo("Graffiti cleared, and the lights fixed"));

        updates.unpublish(edited.id(), edited.version());
        assertThat(entry(atom(riversideNews(Locale.ENGLISH)), id)).isEmpty();
    }

    @Test
    void markup_written_into_an_update_never_reaches_a_news_feed_unsanitised_and_a_title_stays_text() {
        var title = "=SUM(A1) <b>bold</b> " + System.nanoTime();
        var draft = newUpdate(title, """
                Hello <script>alert(1)</script> there.

                <img src="x" onerror="alert(2)">

                [Click me](javascript:alert(3)) and <a href="javascript:alert(4)">this</a>
                """);
        updates.publish(draft.id(), draft.version(), null);

        var xml = riversideNews(Locale.ENGLISH);
        var entry = entry(atom(xml), address.base() + "/updates/" + draft.slug()).orElseThrow();

        assertThat(entry.getTitleEx().getType()).isEqualTo("text");
        assertThat(entry.getTitle()).isEqualTo(title);
        var body = Jsoup.parseBodyFragment(entry.getContents().getFirst().getValue());
        assertThat(body.select("script, img, iframe, b")).isEmpty();
        assertThat(body.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on")
                        || attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:")));
        assertThat(xml).doesNotContain("<script", "<img", "<b>", "onerror=\"");
    }

    @Test
    void an_event_title_with_markup_or_a_formula_is_plain_text_in_a_calendar() {
        var title = "=SUM(A1) <b>Bike</b>, marking; " + System.nanoTime();
        var draft = newEvent(title, Duration.ofDays(2));
        events.publish(draft.id(), draft.version(), null);

        var event = event(calendar(riversideCalendar(Locale.ENGLISH)), draft.slug() + "@neighbourhood").orElseThrow();

        assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void every_feed_is_valid_in_every_language() {
        for (var locale : List.of(Locale.ENGLISH, POLISH, WELSH)) {
            assertThat(events(calendar(riversideCalendar(locale)))).as("Riverside's events").isNotEmpty();
            assertThat(events(calendar(feeds.seriesCalendar("community-leaders-forum", locale).orElseThrow().body())))
                    .as("a forum's sessions").isNotEmpty();
            assertThat(events(calendar(feeds.calendar(locale).body()))).as("everything").isNotEmpty();
            assertThat(atom(riversideNews(locale)).getEntries()).as("Riverside's updates").isNotEmpty();
            assertThat(atom(feeds.news(locale).body()).getEntries()).as("every update").isNotEmpty()
                    .hasSizeLessThanOrEqualTo(FeedService.NEWS_ENTRIES);
        }
    }

    @Test
    void an_address_that_is_no_neighbourhood_or_published_series_has_no_feed() {
        assertThat(feeds.neighbourhoodCalendar("no-such-place", Locale.ENGLISH)).isEmpty();
        assertThat(feeds.neighbourhoodNews("no-such-place", Locale.ENGLISH)).isEmpty();
        assertThat(feeds.seriesCalendar("no-such-forum", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void a_listening_circle_is_in_the_calendars_without_where_it_meets_or_a_link_to_join() {
        var series = catalog.publishedSeries("womens-listening-circle").orElseThrow();
        var sessions = catalog.publishedSessions(series.id());
        assertThat(sessions).isNotEmpty().allSatisfy(s -> assertThat(s.listeningCircle()).isTrue());
        var secrets = sessions.stream().flatMap(s -> Stream.of(s.content().venueName(),
                s.content().venueAddress(), s.content().onlineUrl())).filter(Objects::nonNull)
                .filter(secret -> !secret.isBlank()).toList();
        assertThat(secrets).as("what the demo's circle keeps private").isNotEmpty();

        var own = feeds.seriesCalendar(series.slug(), Locale.ENGLISH).orElseThrow().body();
        var all = feeds.calendar(Locale.ENGLISH).body();
        for (var ics : List.of(own, all)) {
            var calendar = calendar(ics);
            for (var session : sessions) {
                if (session.endsAt().isBefore(clock.instant().minus(FeedService.KEEP_PAST))) {
                    continue;
                }
                var event = event(calendar, "forum-session-" + session.id() + "@neighbourhood").orElseThrow();
                assertThat(event.getProperty(Property.LOCATION)).isEmpty();
                assertThat(value(event, Property.URL)).isEqualTo(
                        address.base() + "/forums/" + series.slug() + "/" + session.slug());
            }
            assertThat(unfolded(ics)).doesNotContain(secrets.toArray(String[]::new));
        }
    }

    @Test
    void a_feed_is_written_in_the_language_asked_for() {
        assertThat(calendarName(calendar(riversideCalendar(POLISH))))
                .isEqualTo("Riverside: wydarzenia – Northshire Police");
        assertThat(calendarName(calendar(riversideCalendar(WELSH))))
                .isEqualTo("Digwyddiadau Riverside – Northshire Police");
        var polish = riversideNews(POLISH);
        assertThat(atom(polish).getTitle()).isEqualTo("Riverside: wiadomości – Northshire Police");
        assertThat(Jsoup.parse(polish, "", Parser.xmlParser()).selectFirst("feed").attr("xml:lang"))
                .isEqualTo("pl");
        // Riverside's team writes in Welsh: its Welsh feed reads in Welsh.
        assertThat(Jsoup.parse(riversideNews(WELSH), "", Parser.xmlParser()).selectFirst("feed")
                .attr("xml:lang")).isEqualTo("cy");
    }

    @Test
    void an_update_shown_in_another_language_than_the_feeds_says_which() {
        var draft = newUpdate("Only in English " + System.nanoTime(), "Nobody has translated this yet.");
        updates.publish(draft.id(), draft.version(), null);

        var feed = Jsoup.parse(riversideNews(POLISH), "", Parser.xmlParser());
        var entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("id").text().endsWith("/updates/" + draft.slug())).findFirst().orElseThrow();

        assertThat(entry.attr("xml:lang")).isEqualTo("en");
    }

    @Test
    void a_calendar_keeps_recent_events_and_lets_old_ones_go() {
        var draft = newEvent("Spring clean " + System.nanoTime(), Duration.ofDays(1));
        events.publish(draft.id(), draft.version(), null);
        var uid = draft.slug() + "@neighbourhood";
        var movable = (MovableClock) clock;

        movable.advance(Duration.ofDays(30));
        try {
            assertThat(uids(calendar(riversideCalendar(Locale.ENGLISH)))).as("a month after").contains(uid);
            movable.advance(FeedService.KEEP_PAST);
            assertThat(uids(calendar(riversideCalendar(Locale.ENGLISH)))).as("long after").doesNotContain(uid);
        } finally {
            // Other tests share this clock: put it back.
            movable.advance(Duration.ofDays(-30).minus(FeedService.KEEP_PAST));
        }
    }

    private String riversideCalendar(Locale locale) {
        return feeds.neighbourhoodCalendar("riverside", locale).orElseThrow().body();
    }

    private String riversideNews(Locale locale) {
        return feeds.neighbourhoodNews("riverside", locale).orElseThrow().body();
    }

    /** Long lines come folded; a secret must not hide across a fold either. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private EditableItem<EventContent> newEvent(String title, Duration from) {
        var draft = events.create(riverside, content(title, from));
        made.add(() -> events.delete(draft.id(), events.find(draft.id()).orElseThrow().version()));
        return draft;
    }

    private EditableItem<UpdateContent> newUpdate(String title, String body) {
        var draft = updates.create(riverside, new UpdateContent(Map.of("en", new UpdateText(title, body))));
        made.add(() -> updates.delete(draft.id(), updates.find(draft.id()).orElseThrow().version()));
        return draft;
    }

    private EventContent content(String title, Duration from) {
        var start = clock.instant().plus(from).truncatedTo(ChronoUnit.MINUTES);
        return new EventContent(Map.of("en", new EventText(title, "Bring your bike and proof it is yours.", null)),
                EventType.STREET_SURGERY, EventFormat.IN_PERSON, "Riverside Library", "2 Quay Street", null, start,
                start.plus(Duration.ofHours(2)));
    }
}
