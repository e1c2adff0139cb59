package org.neighbourhood.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.search.SearchFields;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search that finds more than the portal counts one by one says about how many it found, from a sample of the
 * index, and still shows its best hits first; one that finds few counts them exactly. The bound is set low here,
 * on a search service of the test's own, so that a few hundred updates of the test's own cross it.
 */
@SpringBootTest
class SearchEstimateTest {

    private static final int BOUND = 64;
    private static final int MANY = 240;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ContentLanguages languages;

    @Autowired
    Clock clock;

    @Autowired
    Permissions permissions;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Typos typos;

    @Autowired
    UpdateService updates;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private final List<EditableItem<UpdateContent>> written = new ArrayList<>();
    private final String word = "zorblat" + System.nanoTime();
    private SearchService search;

    @BeforeEach
    void writeManyUpdates() {
        search = new SearchService(entityManager, languages, clock, permissions, typos, BOUND);
        SignedIn.as(securityContext, "admin", "ADMIN");
        long riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        for (int i = 0; i < MANY; i++) {
            // The first three carry a second, rarer word.
            var title = "Notice " + i + " about the " + word + (i < 3 ? " kettle" + word : "");
            var draft = updates.create(riverside, new UpdateContent(Map.of("en",
                    new UpdateText(title, "A " + word + " was seen near the bridge."))));
            written.add(updates.publish(draft.id(), draft.version(), null));
        }
    }

    @AfterEach
    void deleteThem() {
        written.forEach(update -> updates.delete(update.id(), update.version()));
        securityContext.clearContext();
    }

    @Test
    void very_many_matches_are_estimated_from_a_sample_and_few_are_counted() {
        var many = find(SearchRequest.of(word));

        assertThat(many.totalExact()).isFalse();
        assertThat(many.countsExact()).isFalse();
        // An estimate from one sixty-fourth or one sixteenth of 240: far from exact, never wildly off.
        assertThat(many.total()).isBetween((long) MANY / 4, (long) MANY * 4);
        assertThat(many.typeCounts().get(SearchTypes.UPDATE)).isEqualTo(many.total());
        assertThat(many.hits()).hasSize(SearchService.PAGE_SIZE);
        // The best hits are still found among all of them, not only in the sample: the titles with both words.
        var both = find(SearchRequest.of(word + " kettle" + word));
        assertThat(both.hits().subList(0, 3)).allSatisfy(hit -> assertThat(hit.title()).contains("kettle"));

        var few = find(SearchRequest.of("kettle" + word));
        assertThat(few.totalExact()).isTrue();
        assertThat(few.countsExact()).isTrue();
        assertThat(few.total()).isEqualTo(3);
        assertThat(few.typeCounts().get(SearchTypes.UPDATE)).isEqualTo(3);
    }

    @Test
    void a_chosen_kind_keeps_the_estimate_of_every_kind_and_pages_stop_at_fifty() {
        var updatesOnly = find(new SearchRequest(word, Set.of(SearchTypes.UPDATE), null, false, 0));

        assertThat(updatesOnly.countsExact()).isFalse();
        assertThat(updatesOnly.total()).isEqualTo(updatesOnly.typeCounts().get(SearchTypes.UPDATE));
        assertThat(updatesOnly.pages()).isLessThanOrEqualTo(SearchResults.MAX_PAGES);

        var farPage = find(new SearchRequest(word, Set.of(), null, false, 10_000));
        assertThat(farPage.page()).isEqualTo(SearchResults.MAX_PAGES - 1);
    }

    @Test
    void the_sample_spreads_items_evenly() {
        var parts = new int[SearchFields.SAMPLES];
        for (long id = 1; id <= 64_000; id++) {
            parts[Integer.parseInt(SearchFields.sample(SearchTypes.UPDATE, id))]++;
        }
        for (int count : parts) {
            assertThat(count).isBetween(800, 1_200);
        }
        assertThat(SearchService.roughly(539_312)).isEqualTo(540_000);
        assertThat(SearchService.roughly(87)).isEqualTo(87);
    }

    @Test
    void an_estimate_never_says_fewer_than_the_page_shows() {
        var forum = new SearchResults.Hit(SearchTypes.FORUM, 1, "leaders", Set.of(7L), null, "Leaders", "", false);
        var update = new SearchResults.Hit(SearchTypes.UPDATE, 2, "bikes", Set.of(7L, 8L), null, "Bikes", "", false);
        var types = new java.util.LinkedHashMap<>(Map.of(SearchTypes.UPDATE, 640L, SearchTypes.FORUM, 0L));
        var neighbourhoods = new java.util.LinkedHashMap<>(Map.of(8L, 640L));

        SearchService.atLeastThePage(List.of(forum, update, forum), types, neighbourhoods);

        assertThat(types).containsEntry(SearchTypes.FORUM, 2L).containsEntry(SearchTypes.UPDATE, 640L);
        assertThat(neighbourhoods).containsEntry(7L, 3L).containsEntry(8L, 640L);
    }

    private SearchResults find(SearchRequest request) {
        return new TransactionTemplate(transactions).execute(status -> search.search(request, Locale.ENGLISH));
    }
}
