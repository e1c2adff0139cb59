package org.neighbourhood.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.base.ui.PageMetadataResolver;
import org.springframework.beans.factory.annotation.Autowired;

class EventsViewTest extends KaribuTest {

    @Autowired
    PageMetadataResolver pages;

    @Test
    void the_listing_filters_by_neighbourhood_type_and_format_from_the_address() {
        UI.getCurrent().navigate("events", QueryParameters.simple(java.util.Map.of("neighbourhood", "riverside",
                "type", "street_surgery")));

        var titles = _find(RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(titles).contains("Street surgery: meet your Riverside team")
                .noneMatch(title -> title.contains("beat meeting"))
                .noneMatch(title -> title.contains("Castle Quarter"));
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
