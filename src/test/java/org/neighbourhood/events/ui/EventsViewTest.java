package org.neighbourhood.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventText;
import org.neighbourhood.events.EventType;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.base.ui.PageMetadataResolver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class EventsViewTest extends KaribuTest {

    @Autowired
    PageMetadataResolver pages;

    @Autowired
    EventService events;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void the_listing_filters_by_neighbourhood_type_and_format_from_the_address() {
        // Its own events, dated by the tests' clock, so that no other test's data or clock can take them away.
        var marker = String.valueOf(System.nanoTime());
        var surgery = publish("riverside", "Filter surgery " + marker, EventType.STREET_SURGERY);
        publish("riverside", "Filter beat meeting " + marker, EventType.PUBLIC_MEETING);
        publish("castle-quarter", "Filter surgery in Castle Quarter " + marker, EventType.STREET_SURGERY);

        UI.getCurrent().navigate("events", QueryParameters.simple(java.util.Map.of("neighbourhood", "riverside",
                "type", "street_surgery")));

        var titles = _find(RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(titles).contains(surgery)
                .noneMatch(title -> title.contains("beat meeting"))
                .noneMatch(title -> title.contains("Castle Quarter"));
    }

    private String publish(String neighbourhood, String title, EventType type) {
        SignedIn.as(securityContext, "admin", "ADMIN");
        try {
            var start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
            var created = events.create(neighbourhoods.findBySlug(neighbourhood).orElseThrow().id(), new EventContent(
                    Map.of("en", new EventText(title, null)), type, EventFormat.IN_PERSON, "Library", null, null,
                    start, start.plus(Duration.ofHours(1))));
            events.publish(created.id(), created.version(), null);
            return title;
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    void an_event_page_says_when_where_how_to_take_part_and_offers_a_calendar_file() {
        navigate("events");
        var link = _get(RouterLink.class, spec -> spec.withText("Riverside beat meeting"));
        navigate(link.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Riverside beat meeting");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Where and how to take part", "Accessibility");
        assertThat(_get(Anchor.class, spec -> spec.withText("Add to calendar (.ics)")).getHref())
                .startsWith("/calendar/events/riverside-beat-meeting-").endsWith(".ics");
        assertThat(_get(Anchor.class, spec -> spec.withText("Join online")).getHref())
                .isEqualTo("https://meet.example/northshire-riverside");
    }

    @Test
    void the_neighbourhood_page_and_the_home_page_show_upcoming_events() {
        navigate("neighbourhoods/riverside");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Upcoming events", "You said, we did");

        speak(Locale.of("pl"));
        navigate("");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Nadchodzące wydarzenia");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .anyMatch(title -> title.startsWith("Street surgery: meet your"));
    }

    @Test
    void an_unknown_event_is_not_found_and_its_first_html_says_so() {
        navigate("events/no-such-event");

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(pages.describe("events/no-such-event", Locale.ENGLISH).status()).isEqualTo(404);
    }
}
