package org.neighbourhood.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.search.SearchResults.Hit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Searching the demo force as residents type: typos, word starts, other forms of a word, in each language. */
@SpringBootTest
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Test
    void the_start_of_a_word_finds_the_neighbourhood() {
        var found = search.search(SearchRequest.of("riversi"), Locale.ENGLISH);

        assertThat(found.hits()).first().satisfies(hit -> {
            assertThat(hit.type()).isEqualTo(SearchTypes.NEIGHBOURHOOD);
            assertThat(hit.title()).isEqualTo("Riverside");
            assertThat(hit.slug()).isEqualTo("riverside");
        });
    }

    @Test
    void a_misspelt_word_still_finds_what_was_meant() {
        var found = search.search(SearchRequest.of("bicylce theft"), Locale.ENGLISH);

        assertThat(found.hits()).extracting(Hit::title).anyMatch(title -> title.startsWith("Bicycle thefts"));
    }

    @Test
    void another_form_of_a_word_finds_it_and_the_match_is_marked() {
        var found = search.search(SearchRequest.of("thefts"), Locale.ENGLISH);

        assertThat(found.hits()).isNotEmpty();
        assertThat(found.hits()).extracting(Hit::snippetHtml).anyMatch(snippet -> snippet.contains("<mark>"));
    }

    @Test
    void a_polish_form_finds_another_form_of_the_same_word() {
        var found = search.search(SearchRequest.of("rowerem"), Locale.of("pl"));

        assertThat(found.hits()).extracting(Hit::title)
                .anyMatch(title -> title.startsWith("Bezpłatne znakowanie rowerów"));
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.fallback()).isFalse());
    }

    @Test
    void filters_narrow_by_kind_and_each_kind_says_how_many_it_has() {
        var all = search.search(SearchRequest.of("riverside"), Locale.ENGLISH);
        var updates = search.search(new SearchRequest("riverside", Set.of(SearchTypes.UPDATE), null, false, 0),
                Locale.ENGLISH);

        assertThat(updates.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.type()).isEqualTo(SearchTypes.UPDATE));
        assertThat(updates.total()).isEqualTo(all.typeCounts().get(SearchTypes.UPDATE));
        assertThat(updates.typeCounts()).isEqualTo(all.typeCounts());
    }

    @Test
    void markup_is_escaped_in_passages_and_a_wordless_or_endless_query_is_refused() {
        assertThat(search.search(SearchRequest.of("<b>riverside</b>"), Locale.ENGLISH).hits())
                .allSatisfy(hit -> assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", ""))
                        .doesNotContain("<"));
        assertThatThrownBy(() -> search.search(SearchRequest.of("?!…"), Locale.ENGLISH))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("refusal.search.no-words"));
        assertThatThrownBy(() -> search.search(SearchRequest.of("a".repeat(201)), Locale.ENGLISH))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("refusal.search.too-long"));
    }

    @Test
    void a_long_passage_is_cut_around_its_first_match_at_spaces_and_never_inside_markup() {
        var words = "Officers &amp; volunteers walked the estate on Tuesday evening after several reports. ".repeat(4);
        var html = words + "A <mark>bicycle</mark> was taken from the rack &quot;outside&quot; the school. " + words;

        var cut = SearchService.around(html);

        assertThat(cut).startsWith("… ").endsWith(" …").contains("<mark>bicycle</mark>");
        assertThat(cut.replaceAll("<[^>]+>", "").replaceAll("&[a-z]+;", "x").length()).isBetween(150, 230);
        assertThat(cut).doesNotContainPattern("&[a-z]*(\\s|$)").doesNotContainPattern("<[^>]*$");
        assertThat(SearchService.around("Short <mark>text</mark>.")).isEqualTo("Short <mark>text</mark>.");
    }
}
