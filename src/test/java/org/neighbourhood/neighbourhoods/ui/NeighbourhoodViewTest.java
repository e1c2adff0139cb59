package org.neighbourhood.neighbourhoods.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;

class NeighbourhoodViewTest extends KaribuTest {

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    NeighbourhoodPages pages;

    @Test
    void the_page_shows_the_team_as_cards_that_link_to_their_profiles() {
        navigate("neighbourhoods/riverside");

        assertThat(_get(H1.class).getText()).isEqualTo("Riverside");
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .contains("Insp Helen Marsh", "Sgt Daniel Okafor", "PC Agnieszka Wróblewska", "PCSO Tomasz Lis");
        assertThat(_get(RouterLink.class, spec -> spec.withText("PCSO Tomasz Lis")).getHref())
                .isEqualTo("officers/tomasz-lis");
        assertThat(_find(Image.class, spec -> spec.withClasses("officer-card__photo")))
                .isNotEmpty()
                .allSatisfy(photo -> assertThat(photo.getAlt()).hasValueSatisfying(alt -> assertThat(alt).isNotBlank()));
    }

    @Test
    void the_most_senior_officer_comes_first() {
        navigate("neighbourhoods/riverside");

        var names = _find(RouterLink.class, spec -> spec.withClasses("officer-card__link")).stream()
                .map(RouterLink::getText).toList();
        assertThat(names.getFirst()).isEqualTo("Insp Helen Marsh");
        assertThat(names.getLast()).isEqualTo("PCSO Tomasz Lis");
    }

    @Test
    void the_team_can_be_contacted_by_email_phone_and_online_but_never_a_personal_number() {
        navigate("neighbourhoods/riverside");

        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("mailto:riverside.team@northshire.police.example", "tel:01632960105",
                        "https://social.example/@northshire_riverside");
    }

    @Test
    void the_boundary_is_drawn_as_an_outline_with_a_text_alternative() {
        navigate("neighbourhoods/riverside");

        var outline = _get(Svg.class);
        assertThat(outline.getElement().getProperty("innerHTML", ""))
                .contains("aria-label=\"Outline of the area Riverside covers\"").contains("<path d=\"M");
        var svg = BoundaryOutline.svg(org.neighbourhood.neighbourhoods.ui.BoundaryOutlineTestSupport.square(),
                "Outline of <Riverside>");
        assertThat(svg).contains("role=\"img\"").contains("aria-label=\"Outline of &lt;Riverside&gt;\"")
                .contains("<path d=\"M");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Your team", "Contact the team",
                "Area covered");
    }

    @Test
    void the_page_title_names_the_neighbourhood_and_the_force() {
        navigate("neighbourhoods/riverside");

        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Riverside neighbourhood policing team – Northshire Police");
    }

    @Test
    void the_page_speaks_polish() {
        speak(Locale.of("pl"));
        navigate("neighbourhoods/riverside");

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Twój zespół", "Kontakt z zespołem");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Riverside – zespół policji dzielnicowej – Northshire Police");
    }

    @Test
    void a_welsh_visitor_reads_riversides_description_and_its_officers_roles_in_welsh() {
        speak(Locale.of("cy"));
        navigate("neighbourhoods/riverside");

        var lead = _get(Paragraph.class, spec -> spec.withClasses("lead"));
        assertThat(lead.getText()).startsWith("Mae Riverside yn cwmpasu canol y dref");
        assertThat(lead.getElement().getAttribute("lang")).as("in the page's own language").isNull();
        // No note after the description (priorities that other tests write in English alone may have one).
        var page = lead.getParent().orElseThrow();
        var afterLead = page.getChildren().dropWhile(child -> child != lead).skip(1).findFirst().orElseThrow();
        assertThat(afterLead.getElement().getClassList()).doesNotContain("note");
        var roles = _find(Paragraph.class, spec -> spec.withClasses("officer-card__role"));
        // Not Tomasz Lis's: the officers' service tests change his.
        assertThat(roles.stream().map(Paragraph::getText)).contains("Arolygydd Cymdogaeth", "Rhingyll Cymdogaeth",
                "Swyddog Cymdogaeth");
        assertThat(roles).allSatisfy(role -> assertThat(role.getElement().getAttribute("lang")).isNull());
        assertThat(pages.neighbourhood(neighbourhoods.findBySlug("riverside").orElseThrow(), Locale.of("cy"))
                .description()).startsWith("Mae Riverside yn cwmpasu");
    }

    @Test
    void a_description_and_roles_not_yet_in_welsh_are_shown_in_english_marked_with_a_note_in_welsh() {
        speak(Locale.of("cy"));
        navigate("neighbourhoods/millbrook");

        var lead = _get(Paragraph.class, spec -> spec.withClasses("lead"));
        assertThat(lead.getText()).startsWith("Millbrook follows the brook");
        assertThat(lead.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("note")).stream().map(Paragraph::getText))
                .contains("Nid yw hwn wedi’i ysgrifennu yn eich iaith eto. Iaith y testun hwn: Saesneg.");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("officer-card__role"))).isNotEmpty()
                .allSatisfy(role -> assertThat(role.getElement().getAttribute("lang")).isEqualTo("en"));
        assertThat(pages.neighbourhood(neighbourhoods.findBySlug("millbrook").orElseThrow(), Locale.of("cy"))
                .description()).as("a sentence in Welsh rather than an English description")
                .doesNotStartWith("Millbrook follows");
    }

    @Test
    void a_polish_visitor_reads_polish_roles_where_written() {
        speak(Locale.of("pl"));
        navigate("neighbourhoods/riverside");

        var roles = _find(Paragraph.class, spec -> spec.withClasses("officer-card__role"));
        assertThat(roles).filteredOn(role -> role.getText().equals("Dzielnicowa")).singleElement()
                .satisfies(role -> assertThat(role.getElement().getAttribute("lang")).isNull());
        assertThat(roles).filteredOn(role -> role.getText().equals("Neighbourhood Sergeant")).singleElement()
                .satisfies(role -> assertThat(role.getElement().getAttribute("lang")).isEqualTo("en"));
    }

    @Test
    void an_unknown_neighbourhood_shows_a_helpful_not_found_page() {
        navigate("neighbourhoods/atlantis");

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, spec -> spec.withText("Find your neighbourhood team from the home page"))
                .getHref()).isEqualTo("/");
    }
}
