package org.neighbourhood.updates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.base.ui.PageMetadataResolver;
import org.neighbourhood.updates.UpdateService;
import org.springframework.beans.factory.annotation.Autowired;

class UpdatesViewTest extends KaribuTest {

    @Autowired
    PageMetadataResolver pages;

    @Autowired
    UpdateService updates;

    @Test
    void an_update_page_shows_its_title_picture_with_description_and_rendered_text() {
        navigate("neighbourhoods/riverside");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Latest updates");
        var link = _get(RouterLink.class, spec -> spec.withText("Free bike marking in Riverside"));
        navigate(link.getHref());

        assertThat(_get(H1.class).getText()).isEqualTo("Free bike marking in Riverside");
        var image = _get(Image.class, spec -> spec.withClasses("update__image"));
        assertThat(image.getSrc()).startsWith("/media/updates/free-bike-marking-in-riverside");
        assertThat(image.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("bicycle"));
        var body = _get(Html.class);
        assertThat(body.getElement().getClassList()).contains("update-body");
        assertThat(body.getInnerHtml()).contains("<strong>Riverside</strong>").contains("<li>");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(t -> t.startsWith("Published "));
    }

    @Test
    void polish_visitors_read_the_polish_text_or_are_told_it_is_english_only() {
        speak(Locale.of("pl"));
        navigate("");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Najnowsze wiadomości");

        var riverside = updates.latest(null, Locale.ENGLISH, 1000).stream()
                .filter(u -> u.title().equals("Free bike marking in Riverside")).findFirst().orElseThrow();
        navigate("updates/" + riverside.slug());
        assertThat(_get(H1.class).getText()).startsWith("Bezpłatne znakowanie rowerów");
        assertThat(_get(Html.class).getInnerHtml()).contains("Przyjdź z rowerem");

        var english = updates.latest(null, Locale.ENGLISH, 1000).stream()
                .filter(u -> u.title().startsWith("Evening patrols")).findFirst().orElseThrow();
        navigate("updates/" + english.slug());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Ta treść nie jest jeszcze dostępna w Twoim języku. Wyświetlamy ją w języku: angielski.");
    }

    @Test
    void the_page_describes_itself_as_an_article_from_its_text() {
        var riverside = updates.latest(null, Locale.ENGLISH, 1000).stream()
                .filter(u -> u.title().equals("Free bike marking in Riverside")).findFirst().orElseThrow();

        var metadata = pages.describe("updates/" + riverside.slug(), Locale.ENGLISH);

        assertThat(metadata.openGraphType()).isEqualTo("article");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.description()).startsWith("Bike thefts in Riverside have risen").hasSizeLessThanOrEqualTo(160);
        assertThat(metadata.title()).contains("Free bike marking in Riverside");
    }

    @Test
    void an_unknown_update_is_not_found_and_its_first_html_says_so() {
        navigate("updates/no-such-update");

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(pages.describe("updates/no-such-update", Locale.ENGLISH).status()).isEqualTo(404);
    }
}
