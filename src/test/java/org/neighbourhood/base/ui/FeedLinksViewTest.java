package org.neighbourhood.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.base.Feed;
import org.neighbourhood.base.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Subscribe" on the pages that have feeds: real links with words, a {@code webcal:} one to subscribe and the file
 * itself to download, in the page's language.
 */
class FeedLinksViewTest extends KaribuTest {

    @Autowired
    PublicAddress address;

    @Test
    void a_neighbourhood_page_offers_its_calendar_to_subscribe_to_or_download_and_its_news_feed() {
        navigate("neighbourhoods/riverside");

        var base = address.base();
        var webcal = base.replaceFirst("^https?://", "webcal://");
        assertThat(links()).containsExactly(
                "News feed (Atom) -> " + base + "/feeds/neighbourhoods/riverside.atom?lang=en",
                "Subscribe in your calendar app -> " + webcal + "/calendar/neighbourhoods/riverside.ics?lang=en",
                "Download the calendar (.ics) -> " + base + "/calendar/neighbourhoods/riverside.ics?lang=en");
        assertThat(_get(subscribe(), H2.class, spec -> spec.withText("Subscribe"))).isNotNull();
        assertThat(_find(subscribe(), Anchor.class)).allSatisfy(link -> {
            assertThat(link.getElement().getAttribute("router-ignore")).isNotNull();
            assertThat(link.getText()).isNotBlank();
        });
    }

    @Test
    void in_welsh_the_links_read_in_welsh_and_give_the_welsh_feeds() {
        speak(Locale.of("cy"));
        navigate("neighbourhoods/riverside");

        assertThat(links()).hasSize(3).allSatisfy(link -> assertThat(link).endsWith("?lang=cy"));
        assertThat(links()).first().asString().startsWith("Ffrwd newyddion (Atom) -> http");
        assertThat(links().get(1)).startsWith("Tanysgrifio yn eich ap calendr -> webcal://");
        assertThat(_get(subscribe(), H2.class).getText()).isEqualTo("Tanysgrifio");
    }

    @Test
    void the_home_page_and_the_listings_offer_the_whole_forces_feeds_and_a_forum_its_sessions() {
        navigate("");
        assertThat(links()).hasSize(3).anySatisfy(link -> assertThat(link).endsWith("/calendar/all.ics?lang=en"))
                .anySatisfy(link -> assertThat(link).endsWith("/feeds/updates.atom?lang=en"));

        navigate("events");
        assertThat(links()).hasSize(2).allSatisfy(link -> assertThat(link).endsWith("/calendar/all.ics?lang=en"));

        navigate("updates");
        assertThat(links()).containsExactly("News feed (Atom) -> " + address.base() + "/feeds/updates.atom?lang=en");

        navigate("forums/womens-listening-circle");
        assertThat(links()).hasSize(2)
                .allSatisfy(link -> assertThat(link).endsWith("/calendar/forums/womens-listening-circle.ics?lang=en"));
    }

    @Test
    void a_webcal_address_is_the_web_address_with_its_scheme_replaced() {
        var feed = new Feed(Feed.Kind.CALENDAR, "/calendar/all.ics?lang=pl", "All");

        assertThat(feed.webcal("https://police.example")).isEqualTo("webcal://police.example/calendar/all.ics?lang=pl");
        assertThat(feed.webcal("http://localhost:8080")).isEqualTo("webcal://localhost:8080/calendar/all.ics?lang=pl");
        assertThat(feed.url("https://police.example")).isEqualTo("https://police.example/calendar/all.ics?lang=pl");
    }

    private static Section subscribe() {
        return _get(Section.class, spec -> spec.withClasses("subscribe"));
    }

    /** Each link of the subscribe area as its words and where it leads. */
    private static List<String> links() {
        return _find(subscribe(), Anchor.class).stream()
                .map(link -> link.getText() + " -> " + link.getElement().getAttribute("href")).toList();
    }
}
