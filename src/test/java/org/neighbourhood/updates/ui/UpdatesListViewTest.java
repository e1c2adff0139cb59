package org.neighbourhood.updates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.base.ui.PageMetadataResolver;
import org.neighbourhood.MovableClock;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;
import org.springframework.beans.factory.annotation.Autowired;

/** The public listing of updates at /updates, and the links to it. */
class UpdatesListViewTest extends KaribuTest {

    @Autowired
    UpdateService updates;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    PageMetadataResolver pages;

    @Autowired
    MovableClock clock;

    @Test
    void the_listing_shows_every_teams_public_updates_newest_first() {
        navigate("updates");

        assertThat(_get(H1.class).getText()).isEqualTo("Updates");
        var expected = updates.latest(null, Locale.ENGLISH, 200).stream().map(PublicUpdate::title).toList();
        assertThat(cardTitles()).containsExactlyElementsOf(expected)
                .contains("Free bike marking in Riverside", "Evening patrols around Kingsmead station");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(expected.size() + " updates");
    }

    @Test
    void the_address_chooses_one_neighbourhoods_updates() {
        inRiverside();

        assertThat(_get(Select.class).getValue()).extracting("name").isEqualTo("Riverside");
        var riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        assertThat(cardTitles()).isNotEmpty()
                .containsExactlyElementsOf(updates.latest(riverside, Locale.ENGLISH, 200).stream()
                        .map(PublicUpdate::title).toList())
                .noneMatch(title -> title.contains("Kingsmead"));
    }

    @Test
    void with_nothing_published_yet_the_listing_says_so() {
        clock.advance(Duration.ofDays(-3650));
        try {
            navigate("updates");
            assertThat(cardTitles()).isEmpty();
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText())
                    .isEqualTo("The neighbourhood teams have not posted any updates yet.");

            inRiverside();
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText())
                    .isEqualTo("The Riverside team has not posted any updates yet.");
        } finally {
            clock.advance(Duration.ofDays(3650));
        }
    }

    @Test
    void the_home_and_neighbourhood_pages_link_to_all_updates() {
        navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withText("All updates")).getHref()).isEqualTo("/updates");

        navigate("neighbourhoods/riverside");
        assertThat(_get(Anchor.class, spec -> spec.withText("All updates from Riverside")).getHref())
                .isEqualTo("/updates?neighbourhood=riverside");
    }

    @Test
    void polish_visitors_get_the_listing_in_polish() {
        speak(Locale.of("pl"));
        navigate("updates");

        assertThat(_get(H1.class).getText()).isEqualTo("Wiadomości");
        assertThat(cardTitles()).contains("Bezpłatne znakowanie rowerów w dzielnicy Riverside");
        assertThat(pages.describe("updates", Locale.of("pl")).title()).startsWith("Wiadomości");
    }

    @Test
    void a_welsh_reader_gets_riversides_updates_in_welsh_and_others_marked_as_english() {
        speak(Locale.of("cy"));
        navigate("updates");

        var headings = _find(H3.class).stream()
                .collect(java.util.stream.Collectors.toMap(h -> h.getElement().getTextRecursively(),
                        h -> java.util.Objects.requireNonNullElse(h.getElement().getAttribute("lang"), "page"),
                        (a, b) -> a));
        assertThat(headings).containsEntry("Marcio beiciau am ddim yn Riverside", "page")
                .containsEntry("Free bike marking in Castle Quarter", "en");
    }

    @Test
    void the_listing_describes_itself_in_its_first_html() {
        var metadata = pages.describe("updates", Locale.ENGLISH);

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.title()).startsWith("Updates");
        assertThat(metadata.description()).startsWith("News from Northshire Police neighbourhood teams");
    }

    @Test
    void an_updates_picture_says_its_size_so_the_page_does_not_jump_while_it_loads() {
        var riverside = updates.latest(null, Locale.ENGLISH, 1000).stream()
                .filter(u -> u.title().equals("Free bike marking in Riverside")).findFirst().orElseThrow();
        navigate("updates/" + riverside.slug());

        var image = _get(Image.class, spec -> spec.withClasses("update__image"));
        assertThat(image.getElement().getAttribute("width")).isEqualTo("640");
        assertThat(image.getElement().getAttribute("height")).isEqualTo("400");
    }

    private static void inRiverside() {
        UI.getCurrent().navigate("updates", QueryParameters.simple(Map.of("neighbourhood", "riverside")));
    }

    private static java.util.List<String> cardTitles() {
        return _find(UpdateCard.class).stream()
                .map(card -> _get(card, RouterLink.class).getText())
                .toList();
    }
}
