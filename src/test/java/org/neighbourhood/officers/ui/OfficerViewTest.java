package org.neighbourhood.officers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;

class OfficerViewTest extends KaribuTest {

    @Test
    void a_profile_shows_who_the_officer_is_and_why_they_do_the_job() {
        navigate("officers/agnieszka-wroblewska");

        assertThat(_get(H1.class).getText()).isEqualTo("PC Agnieszka Wróblewska");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Police Constable · Neighbourhood Officer",
                        "Part of the Central Neighbourhood Policing Team")
                .anyMatch(text -> text.startsWith("I came to Northshire from Poland"));
        assertThat(_get(Image.class, spec -> spec.withClasses("officer__photo")).getAlt()).hasValue(
                "Illustration standing in for a photo of PC Agnieszka Wróblewska");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly("Why I do this job", "Languages I speak", "How to contact me");
    }

    @Test
    void a_profile_lists_languages_in_the_visitors_language() {
        navigate("officers/agnieszka-wroblewska");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("English", "Polish");

        speak(Locale.of("pl"));
        navigate("officers/agnieszka-wroblewska");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("angielski", "polski");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Dlaczego wykonuję tę pracę");
    }

    @Test
    void a_profile_offers_the_team_contact_and_links_to_the_neighbourhoods() {
        navigate("officers/helen-marsh");

        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("/neighbourhoods/riverside", "/neighbourhoods/castle-quarter",
                        "mailto:riverside.team@northshire.police.example")
                .noneMatch(href -> href.startsWith("tel:07"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Insp Helen Marsh – Northshire Police");
    }

    @Test
    void an_unknown_officer_shows_the_not_found_page() {
        navigate("officers/nobody-here");

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void a_polish_visitor_reads_the_english_bio_with_a_note_when_there_is_no_polish_one() {
        speak(Locale.of("pl"));
        navigate("officers/helen-marsh");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Ta treść nie jest jeszcze dostępna w Twoim języku. Wyświetlamy ją w języku: angielski.");
        var bio = _get(Div.class, spec -> spec.withClasses("officer__bio"));
        assertThat(bio.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_find(bio, Paragraph.class).getFirst().getText()).startsWith("I lead the three teams");
    }

    @Test
    void a_polish_visitor_reads_the_polish_bio_where_there_is_one_without_a_note() {
        speak(Locale.of("pl"));
        navigate("officers/agnieszka-wroblewska");

        var bio = _get(Div.class, spec -> spec.withClasses("officer__bio"));
        assertThat(bio.getElement().getAttribute("lang")).as("in the page's own language: no lang of its own")
                .isNull();
        assertThat(_find(bio, Paragraph.class).getFirst().getText())
                .startsWith("Przyjechałam do Northshire z Polski");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("note")).stream().map(Paragraph::getText))
                .noneMatch(text -> text.startsWith("Ta treść nie jest jeszcze dostępna"));
    }

    @Test
    void a_welsh_visitor_reads_a_welsh_bio_or_the_english_one_with_a_note_in_welsh() {
        speak(Locale.of("cy"));
        navigate("officers/gareth-llewellyn");
        var welsh = _get(Div.class, spec -> spec.withClasses("officer__bio"));
        assertThat(welsh.getElement().getAttribute("lang")).as("in the page's own language: no lang of its own")
                .isNull();
        assertThat(_find(welsh, Paragraph.class).getFirst().getText()).startsWith("Ar ôl dwy flynedd ar hugain");

        navigate("officers/helen-marsh");
        assertThat(_get(Div.class, spec -> spec.withClasses("officer__bio")).getElement().getAttribute("lang"))
                .isEqualTo("en");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Nid yw hwn wedi’i ysgrifennu yn eich iaith eto. Iaith y testun hwn: Saesneg.");
    }

    @Test
    void a_welsh_visitor_reads_the_role_in_welsh_where_written() {
        speak(Locale.of("cy"));
        navigate("officers/helen-marsh");

        var lead = _get(Paragraph.class, spec -> spec.withClasses("lead"));
        assertThat(lead.getText()).isEqualTo("Arolygydd · Arolygydd Cymdogaeth");
        assertThat(_find(lead, Span.class)).as("nothing in another language to mark").isEmpty();
    }

    @Test
    void a_role_not_yet_in_the_visitors_language_is_shown_in_english_marked_with_a_note() {
        speak(Locale.of("pl"));
        navigate("officers/daniel-okafor");

        var lead = _get(Paragraph.class, spec -> spec.withClasses("lead"));
        assertThat(lead.getElement().getTextRecursively()).isEqualTo("Sierżant · Neighbourhood Sergeant");
        assertThat(_get(lead, Span.class).getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("note")).stream().map(Paragraph::getText))
                .contains("Ta treść nie jest jeszcze dostępna w Twoim języku. Wyświetlamy ją w języku: angielski.");
    }
}
