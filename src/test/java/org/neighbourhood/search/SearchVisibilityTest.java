package org.neighbourhood.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFormat;
import org.neighbourhood.forums.series.SessionText;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.search.SearchResults.Hit;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Only what the public may see is found, and at once: an update is followed through draft, publication,
 * unpublication, a scheduled publication (the clock moved past it, then put back) and deletion, the search asked
 * straight after each step with no waiting.
 */
@SpringBootTest
class SearchVisibilityTest {

    @Autowired
    SearchService search;

    @Autowired
    UpdateService updates;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MovableClock clock;

    @Autowired
    SeriesAdminService forums;

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
    void an_update_is_found_exactly_while_it_is_public() {
        var word = "quokka" + System.nanoTime();
        var draft = updates.create(riverside, new UpdateContent(Map.of("en",
                new UpdateText("Lost " + word + " found by the river", "The team found a lost **" + word + "**."))));
        assertThat(found(word)).as("a draft").isFalse();

        var published = updates.publish(draft.id(), draft.version(), null);
        assertThat(found(word)).as("published, asked at once").isTrue();

        var unpublished = updates.unpublish(published.id(), published.version());
        assertThat(found(word)).as("unpublished").isFalse();

        var later = Duration.ofHours(2);
        var scheduled = updates.publish(unpublished.id(), unpublished.version(), clock.instant().plus(later));
        assertThat(found(word)).as("scheduled for later").isFalse();
        clock.advance(later.plusMinutes(1));
        try {
            assertThat(found(word)).as("once its time has come, with no job run").isTrue();
        } finally {
            clock.advance(later.plusMinutes(1).negated());
        }

        updates.delete(scheduled.id(), scheduled.version());
        clock.advance(later.plusMinutes(1));
        try {
            assertThat(found(word)).as("deleted").isFalse();
        } finally {
            clock.advance(later.plusMinutes(1).negated());
        }
    }

    @Test
    void a_residents_feedback_is_never_found() {
        // Words of the demo's feedback that no public page uses.
        var found = search.search(SearchRequest.of("mattress"), Locale.ENGLISH);

        assertThat(found.total()).isZero();
        assertThat(search.search(SearchRequest.of("speed"), Locale.ENGLISH).typeCounts().keySet())
                .doesNotContain("feedback");
    }

    @Test
    void a_listening_circle_is_found_but_never_where_it_meets_or_who_chairs_it() {
        var circle = search.search(SearchRequest.of("listening circle"), Locale.ENGLISH);
        assertThat(circle.hits()).anySatisfy(hit -> {
            assertThat(hit.type()).isEqualTo("forum");
            assertThat(hit.slug()).startsWith("womens-listening-circle/");
        });

        for (var secret : new String[] {"Harbourside", "Wharf", "Brennan", "crèche"}) {
            assertThat(search.search(SearchRequest.of(secret), Locale.ENGLISH).hits())
                    .as(secret).noneSatisfy(hit -> assertThat(hit.slug()).contains("listening-circle"));
        }
    }

    @Test
    void a_forum_session_leaves_the_results_when_its_series_is_unpublished() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var word = "Puffin" + System.nanoTime();
        var series = forums.createSeries("puffin-" + System.nanoTime(), new SeriesContent(Map.of("en",
                new SeriesText("Coastal residents' forum", "For people living by the coast.", null, "Monthly")), true),
                java.util.Set.of());
        var starts = clock.instant().plus(Duration.ofDays(20));
        forums.createSession(series.id(), new SessionContent(Map.of("en", new SessionText(word + " meeting",
                "Talk about the harbour.")), SessionFormat.IN_PERSON, "A hall", "1 Quay Street", null, null, starts,
                starts.plus(Duration.ofHours(2)), 20, null, false, true));
        assertThat(found(word)).as("published session of a published series").isTrue();

        forums.updateSeries(series.id(), series.version(), new SeriesContent(series.content().texts(), false));
        assertThat(found(word)).as("its series unpublished").isFalse();
    }

    private boolean found(String word) {
        return search.search(SearchRequest.of(word), Locale.ENGLISH).hits().stream()
                .anyMatch(hit -> hit.title().contains(word));
    }
}
