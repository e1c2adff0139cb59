package org.neighbourhood.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@SpringBootTest
class EventServiceTest {

    @Autowired
    EventService events;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MovableClock clock;

    long riverside;

    @BeforeEach
    void signIn() {
        riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void a_draft_event_has_no_public_page_until_published_and_leaves_the_listing_once_over() {
        var draft = events.create(riverside, surgery("Bike marking " + System.nanoTime(), Duration.ofDays(3)));
        assertThat(events.findPublic(draft.slug(), Locale.ENGLISH)).isEmpty();
        assertThat(events.calendarFile(draft.slug(), URI.create("https://example.org"))).isEmpty();

        events.publish(draft.id(), draft.version(), null);
        assertThat(events.findPublic(draft.slug(), Locale.ENGLISH)).isPresent();
        assertThat(titles(new EventService.Filter(riverside, EventType.STREET_SURGERY, EventFormat.IN_PERSON)))
                .contains(titleOf(draft));
        assertThat(titles(new EventService.Filter(riverside, EventType.CARNIVAL, null)))
                .doesNotContain(titleOf(draft));

        clock.advance(Duration.ofDays(4));
        try {
            assertThat(titles(EventService.Filter.ALL)).doesNotContain(titleOf(draft));
        } finally {
            // The demo's events are dated from the real time and other tests share this clock: put it back.
            clock.advance(Duration.ofDays(-4));
        }
    }

    @Test
    void add_to_calendar_gives_an_icalendar_file_in_london_time() {
        var draft = events.create(riverside, surgery("Coffee with a cop " + System.nanoTime(), Duration.ofDays(2)));
        events.publish(draft.id(), draft.version(), null);

        var ics = events.calendarFile(draft.slug(), URI.create("https://example.org/events/" + draft.slug()))
                .orElseThrow();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;TZID=Europe/London:")
                .contains("SUMMARY:Coffee with a cop").contains("LOCATION:Riverside Library\\, 2 Quay Street")
                .contains("URL:https://example.org/events/" + draft.slug());
    }

    @Test
    void an_in_person_event_without_a_venue_or_ending_before_it_starts_is_refused() {
        var start = clock.instant().plus(Duration.ofDays(1));
        var noVenue = new EventContent(english("Somewhere", null), EventType.OTHER, EventFormat.IN_PERSON, null, null,
                null, start, start.plus(Duration.ofHours(1)));
        var backwards = new EventContent(english("Backwards", null), EventType.OTHER, EventFormat.ONLINE, null, null,
                "https://meet.example/x", start, start.minus(Duration.ofHours(1)));

        assertThatThrownBy(() -> events.create(riverside, noVenue)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("needs a venue");
        assertThatThrownBy(() -> events.create(riverside, backwards))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("end after it starts");
    }

    @Test
    void an_editor_cannot_add_an_event_to_another_neighbourhood() {
        var castle = neighbourhoods.findBySlug("castle-quarter").orElseThrow().id();

        assertThatThrownBy(() -> events.create(castle, surgery("Not mine", Duration.ofDays(2))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void polish_visitors_see_the_polish_title_where_there_is_one() {
        var start = clock.instant().plus(Duration.ofDays(2));
        var content = new EventContent(Map.of("en", new EventText("Online meeting", null),
                "pl", new EventText("Spotkanie online", null), "cy", new EventText("Cyfarfod ar-lein", "Ymunwch â ni")),
                EventType.PUBLIC_MEETING, EventFormat.ONLINE, null, null, "https://meet.example/riverside", start,
                start.plus(Duration.ofHours(1)));

        assertThat(events.preview(content, Locale.of("pl")).title()).isEqualTo("Spotkanie online");
        assertThat(events.preview(content, Locale.ENGLISH).title()).isEqualTo("Online meeting");
        assertThat(events.preview(content, Locale.of("cy"))).satisfies(welsh -> {
            assertThat(welsh.title()).isEqualTo("Cyfarfod ar-lein");
            assertThat(welsh.description()).isEqualTo("Ymunwch â ni");
            assertThat(welsh.inRequestedLanguage()).isTrue();
        });
    }

    @Test
    void accessibility_notes_are_kept_and_shown_in_each_language_and_come_with_the_text_they_were_written_with() {
        var start = clock.instant().plus(Duration.ofDays(3));
        var title = "Beat meeting " + System.nanoTime();
        var content = new EventContent(Map.of(
                "en", new EventText(title, null, "Step-free entrance."),
                "cy", new EventText("Cyfarfod cymdogaeth", null, "Mynedfa heb risiau."),
                "pl", new EventText("Spotkanie", null, "  ")),
                EventType.PUBLIC_MEETING, EventFormat.IN_PERSON, "Riverside Library", null, null, start,
                start.plus(Duration.ofHours(1)));

        var saved = events.create(riverside, content);
        events.publish(saved.id(), saved.version(), null);
        var slug = events.upcoming(new EventService.Filter(riverside, null, null), Locale.ENGLISH, 1000).stream()
                .filter(e -> e.title().equals(title)).findFirst().orElseThrow().slug();

        assertThat(events.findPublic(slug, Locale.of("cy")).orElseThrow().accessibilityNotes())
                .isEqualTo("Mynedfa heb risiau.");
        assertThat(events.findPublic(slug, Locale.ENGLISH).orElseThrow().accessibilityNotes())
                .isEqualTo("Step-free entrance.");
        // Blank notes are no notes: the Polish page says nothing rather than an empty heading.
        assertThat(events.findPublic(slug, Locale.of("pl")).orElseThrow().accessibilityNotes()).isNull();
        // A language without a text of its own falls back to the first, notes and all.
        assertThat(events.findPublic(slug, Locale.GERMAN).orElseThrow()).satisfies(fallback -> {
            assertThat(fallback.inRequestedLanguage()).isFalse();
            assertThat(fallback.accessibilityNotes()).isEqualTo("Step-free entrance.");
        });
    }

    private java.util.List<String> titles(EventService.Filter filter) {
        return events.upcoming(filter, Locale.ENGLISH, 1000).stream().map(EventService.PublicEvent::title).toList();
    }

    private EventContent surgery(String title, Duration fromNow) {
        Instant start = clock.instant().plus(fromNow);
        return new EventContent(Map.of("en", new EventText(title, "Drop in.", "Step-free")), EventType.STREET_SURGERY,
                EventFormat.IN_PERSON, "Riverside Library", "2 Quay Street", null, start, start.plus(Duration.ofHours(2)));
    }

    private static Map<String, EventText> english(String title, @org.jspecify.annotations.Nullable String description) {
        return Map.of("en", new EventText(title, description));
    }

    private static String titleOf(EditableItem<EventContent> event) {
        return String.valueOf(event.content().texts().get("en").title());
    }
}
