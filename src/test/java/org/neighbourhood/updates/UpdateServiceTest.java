package org.neighbourhood.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@SpringBootTest
class UpdateServiceTest {

    @Autowired
    UpdateService updates;

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
    void a_draft_update_is_not_public_until_published() {
        var draft = updates.create(riverside, content("Graffiti cleared " + System.nanoTime()));
        assertThat(updates.findPublic(draft.slug(), Locale.ENGLISH)).isEmpty();
        assertThat(titles()).doesNotContain(titleOf(draft));

        var published = updates.publish(draft.id(), draft.version(), null);

        assertThat(published.live()).isTrue();
        assertThat(updates.findPublic(draft.slug(), Locale.ENGLISH)).isPresent();
        assertThat(titles()).first().isEqualTo(titleOf(draft));
    }

    @Test
    void a_scheduled_update_becomes_public_when_its_time_comes_and_leaves_when_unpublished() {
        var draft = updates.create(riverside, content("Scheduled " + System.nanoTime()));
        var scheduled = updates.publish(draft.id(), draft.version(), clock.instant().plus(Duration.ofHours(2)));
        assertThat(updates.findPublic(draft.slug(), Locale.ENGLISH)).isEmpty();

        clock.advance(Duration.ofHours(3));
        try {
            assertThat(updates.findPublic(draft.slug(), Locale.ENGLISH)).isPresent();

            updates.unpublish(scheduled.id(), scheduled.version());
            assertThat(updates.findPublic(draft.slug(), Locale.ENGLISH)).isEmpty();
            assertThat(updates.history(draft.id())).hasSizeGreaterThanOrEqualTo(3);
        } finally {
            // Other tests share this clock: put it back.
            clock.advance(Duration.ofHours(-3));
        }
    }

    @Test
    void a_stale_version_is_refused() {
        var draft = updates.create(riverside, content("Stale " + System.nanoTime()));
        updates.update(draft.id(), draft.version(), content("Newer " + System.nanoTime()));

        assertThatThrownBy(() -> updates.publish(draft.id(), draft.version(), null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void scripts_event_handlers_and_javascript_links_in_a_post_never_reach_the_rendered_page_body() {
        var body = """
                Hello <script>alert('x')</script> there.

                <img src="x" onerror="alert(1)">

                [Click me](javascript:alert(1)) and <a href="javascript:alert(2)">this</a>

                ![pic](javascript:alert(3))
                """;
        var draft = updates.create(riverside, new UpdateContent(java.util.Map.of("en", new UpdateText("Hostile " + System.nanoTime(), body))));
        updates.publish(draft.id(), draft.version(), null);

        var html = updates.findPublic(draft.slug(), Locale.ENGLISH).orElseThrow().bodyHtml();

        // Raw HTML is shown as the text it is, escaped; what matters is that no element or attribute comes of it.
        var page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, iframe")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"))
                .noneMatch(attribute -> attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:")));
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("onerror=");
        assertThat(page.text()).contains("Hello");
    }

    @Test
    void an_editor_of_riverside_cannot_create_an_update_in_castle_quarter() {
        var castle = neighbourhoods.findBySlug("castle-quarter").orElseThrow().id();

        assertThatThrownBy(() -> updates.create(castle, content("Not mine")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_drafts_picture_is_shown_to_its_editors_but_not_to_the_public_or_other_editors() throws Exception {
        var draft = updates.create(riverside, content("Picture " + System.nanoTime()));
        var image = getClass().getResourceAsStream("/images/landscape.webp").readAllBytes();
        var withPicture = updates.replaceImage(draft.id(), draft.version(), image, "landscape.webp", "A river bank");

        assertThat(updates.findImage(withPicture.slug())).isEmpty();
        assertThat(updates.findEditableImage(draft.id())).hasValueSatisfying(
                file -> assertThat(file.alt()).isEqualTo("A river bank"));

        SignedIn.as(securityContext, "facilitator", "FACILITATOR");
        assertThatThrownBy(() -> updates.findEditableImage(draft.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void polish_visitors_see_the_polish_text_where_there_is_one_and_english_otherwise() {
        var both = new UpdateContent(java.util.Map.of("en", new UpdateText("New PCSO", "Meet **Sam**."), "pl", new UpdateText("Nowy funkcjonariusz", "Poznaj **Sama**.")));
        var englishOnly = new UpdateContent(java.util.Map.of("en", new UpdateText("New PCSO", "Meet **Sam**."), "pl", new UpdateText("Nowy funkcjonariusz", null)));

        var polish = updates.preview(both, Locale.of("pl"));
        assertThat(polish.title()).isEqualTo("Nowy funkcjonariusz");
        assertThat(polish.bodyHtml()).contains("Poznaj <strong>Sama</strong>");
        assertThat(polish.inRequestedLanguage()).isTrue();

        var fallback = updates.preview(englishOnly, Locale.of("pl"));
        assertThat(fallback.bodyHtml()).contains("Meet <strong>Sam</strong>");
        assertThat(fallback.inRequestedLanguage()).isFalse();

        assertThat(updates.preview(both, Locale.ENGLISH).bodyHtml()).contains("Meet");
    }

    @Test
    void images_in_the_text_without_a_description_are_pointed_out() {
        var content = new UpdateContent(java.util.Map.of("en", new UpdateText("Pictures", "![](https://example.org/a.jpg) ![A van](/b.jpg)")));

        assertThat(updates.missingAltTexts(content)).containsExactly("https://example.org/a.jpg");
    }

    private java.util.List<String> titles() {
        return updates.latest(riverside, Locale.ENGLISH, 1000).stream().map(UpdateService.PublicUpdate::title)
                .toList();
    }

    private static UpdateContent content(String title) {
        return new UpdateContent(java.util.Map.of("en", new UpdateText(title, "The team cleared the **graffiti** on Quay Street.")));
    }

    private static String titleOf(org.neighbourhood.publishing.EditableItem<UpdateContent> update) {
        return String.valueOf(update.content().texts().get("en").title());
    }
}
