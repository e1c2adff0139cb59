package org.neighbourhood.neighbourhoods.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;

class HomeViewTest extends KaribuTest {

    @Test
    void a_full_postcode_in_any_case_and_spacing_leads_to_its_neighbourhood() {
        navigate("");
        _setValue(_get(TextField.class, spec -> spec.withId("postcode")), "  ns14ab ");
        _click(_get(Button.class, spec -> spec.withText("Find my team")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("neighbourhoods/riverside");
        assertThat(_get(H1.class).getText()).isEqualTo("Riverside");
    }

    @Test
    void an_outward_code_leads_to_the_one_neighbourhood_that_covers_it() {
        navigate("");
        search("NS1");

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("neighbourhoods/riverside");
    }

    @Test
    void an_outward_code_shared_by_several_neighbourhoods_offers_a_choice() {
        navigate("");
        search("ns2");

        assertThat(messages()).anyMatch(text -> text.startsWith("NS2 is covered by more than one"));
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .contains("Castle Quarter", "Abbey Fields");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEmpty();
    }

    @Test
    void a_postcode_no_neighbourhood_covers_says_so_and_keeps_what_was_typed() {
        navigate("");
        search("ZZ9 9ZZ");

        var field = _get(TextField.class, spec -> spec.withId("postcode"));
        assertThat(field.getValue()).isEqualTo("ZZ9 9ZZ");
        assertThat(field.isInvalid()).isTrue();
        assertThat(messages()).contains("No Northshire Police neighbourhood covers ZZ9 9ZZ.");
        assertThat(messages()).anyMatch(text -> text.startsWith("Check the postcode for mistakes"));
    }

    @Test
    void text_that_is_not_a_postcode_is_explained() {
        navigate("");
        search("my house");

        assertThat(_get(TextField.class, spec -> spec.withId("postcode")).getValue()).isEqualTo("my house");
        assertThat(messages()).anyMatch(text -> text.startsWith("“my house” is not a postcode"));
    }

    @Test
    void a_postcode_with_more_typed_after_it_is_explained_not_cut_short() {
        navigate("");
        search("NS1 4AB, 12 River Street");

        var field = _get(TextField.class, spec -> spec.withId("postcode"));
        assertThat(field.getMaxLength()).as("the browser cuts nothing off").isZero();
        assertThat(field.getValue()).isEqualTo("NS1 4AB, 12 River Street");
        assertThat(field.isInvalid()).isTrue();
        assertThat(messages()).contains("That is longer than a postcode. Enter just the postcode, such as NS1 4AB "
                + "(12 characters at most).");
    }

    @Test
    void an_empty_search_asks_for_a_postcode() {
        navigate("");
        search("");

        assertThat(messages()).contains("Enter a postcode, for example NS1 4AB.");
    }

    @Test
    void a_shared_search_address_shows_the_same_choice() {
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.of("postcode", "NS2"));

        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .contains("Castle Quarter", "Abbey Fields");
    }

    @Test
    void a_location_inside_riverside_leads_there() {
        navigate("");
        _get(PostcodeSearch.class).located("52.136,-0.467");

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("neighbourhoods/riverside");
    }

    @Test
    void a_location_outside_every_boundary_is_explained() {
        navigate("");
        _get(PostcodeSearch.class).located("51.5,-0.12");

        assertThat(messages()).anyMatch(text -> text.startsWith("Your location is outside the areas"));
    }

    @Test
    void a_refused_location_permission_suggests_the_postcode_instead() {
        navigate("");
        _get(PostcodeSearch.class).located("denied");

        assertThat(messages()).anyMatch(text -> text.contains("did not share your location"));
    }

    @Test
    void the_home_page_speaks_polish() {
        speak(Locale.of("pl"));
        navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Znajdź swój zespół policji dzielnicowej");
        search("ZZ9 9ZZ");
        assertThat(messages()).contains("Żadna dzielnica Northshire Police nie obejmuje kodu ZZ9 9ZZ.");
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("postcode")), text);
        _click(_get(Button.class, spec -> spec.withText(
                UI.getCurrent().getLocale().getLanguage().equals("pl") ? "Znajdź mój zespół" : "Find my team")));
    }

    private static java.util.List<String> messages() {
        return _find(Paragraph.class, spec -> spec.withClasses("postcode-search__message")).stream()
                .map(Paragraph::getText).toList();
    }
}
