package org.neighbourhood.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;

class SearchViewTest extends KaribuTest {

    @Test
    void the_address_holds_the_words_and_the_results_link_to_their_pages() {
        searchFor("riversi");

        assertThat(_get(TextField.class, spec -> spec.withLabel("Search for")).getValue()).isEqualTo("riversi");
        assertThat(status()).matches("\\d+ results? for “riversi”");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("/neighbourhoods/riverside");
    }

    @Test
    void narrowing_by_kind_keeps_only_that_kind_and_each_kind_shows_its_count() {
        searchFor("riverside");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> kinds = _get(CheckboxGroup.class, spec -> spec.withLabel("Show"));
        assertThat(kinds.getItemLabelGenerator().apply("update")).matches("Updates \\(\\d+\\)");

        _setValue(kinds, Set.of("update"));

        assertThat(_find(ListItem.class, spec -> spec.withClasses("search-result")))
                .isNotEmpty()
                .allSatisfy(item -> assertThat(_get(item, com.vaadin.flow.component.html.Span.class,
                        spec -> spec.withClasses("search-result__type")).getText()).isEqualTo("Update"));
    }

    @Test
    void nothing_found_says_so_and_suggests_what_to_try() {
        searchFor("zzqqxxwwvv");

        assertThat(status()).isEqualTo("Nothing found for “zzqqxxwwvv”.");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("finding your team by postcode");
    }

    @Test
    void markup_in_the_words_is_only_text_and_punctuation_alone_is_explained() {
        searchFor("<script>alert(1)</script>");
        assertThat(status()).contains("“<script>alert(1)</script>”");

        searchFor("???");
        var words = _get(TextField.class, spec -> spec.withLabel("Search for"));
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).isEqualTo("Type a word or a number to search for.");
        assertThat(words.getValue()).isEqualTo("???");
    }

    @Test
    void a_polish_reader_finds_polish_forms_in_polish() {
        speak(Locale.of("pl"));
        searchFor("rowerem");

        assertThat(status()).matches("Wyniki dla „rowerem”: \\d+");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .anyMatch(text -> text.startsWith("Bezpłatne znakowanie rowerów"));
    }

    @Test
    void a_result_not_written_in_the_readers_language_is_shown_in_the_first_and_says_so() {
        speak(Locale.forLanguageTag("cy"));
        searchFor("Northgate");

        var northgate = _find(ListItem.class, spec -> spec.withClasses("search-result")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains("Free bike marking in Northgate"))
                .findFirst().orElseThrow();
        assertThat(northgate.getElement().getTextRecursively())
                .contains("Nid yw hwn wedi’i ysgrifennu yn eich iaith eto");
        assertThat(_get(northgate, com.vaadin.flow.component.html.H2.class).getElement().getAttribute("lang"))
                .isEqualTo("en");
    }

    private static void searchFor(String words) {
        UI.getCurrent().navigate("search", QueryParameters.of("q", words));
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withClasses("search-page__status")).getText();
    }
}
