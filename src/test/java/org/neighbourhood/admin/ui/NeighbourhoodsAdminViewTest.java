package org.neighbourhood.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodImportService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The contact editor never overwrites what another administrator saved after it was opened. */
class NeighbourhoodsAdminViewTest extends KaribuTest {

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    NeighbourhoodImportService imports;

    @Autowired
    PageTitles titles;

    @Autowired
    ContentLanguages contentLanguages;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void a_save_after_another_administrators_change_is_refused_keeps_what_was_typed_and_reload_shows_theirs() {
        // A neighbourhood of the authorisation tests' own: no other test reads its contact details.
        long id = authorisation.world().ownNeighbourhood();
        authorisation.signIn(Actor.ADMIN);
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new NeighbourhoodsAdminView(neighbourhoods, imports, contentLanguages, titles);
        UI.getCurrent().add(view);
        open(view, id);
        var phone = _get(view, TextField.class, spec -> spec.withLabel("Team phone"));
        var summary = _get(view, TextArea.class, spec -> spec.withLabel("About the neighbourhood (English)"));

        var theirs = "01632 " + System.nanoTime() % 1_000_000;
        var opened = neighbourhoods.editableContact(id);
        neighbourhoods.updateContact(id, opened.version(), new NeighbourhoodService.Contact(
                opened.contact().texts(), opened.contact().email(), theirs, opened.contact().links()));

        _setValue(summary, "Mine, typed over the version I opened");
        _setValue(phone, "01632 000000");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        assertThat(outcome(view)).isEqualTo(view.getTranslation("admin.neighbourhoods.stale"));
        assertThat(summary.getValue()).as("what was typed is kept").isEqualTo("Mine, typed over the version I opened");
        assertThat(phone.getValue()).isEqualTo("01632 000000");
        assertThat(neighbourhoods.editableContact(id).contact().phone()).as("their change stands").isEqualTo(theirs);

        _click(_get(view, Button.class, spec -> spec.withText("Reload the saved version")));
        assertThat(phone.getValue()).isEqualTo(theirs);
        _setValue(phone, "01632 111111");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        assertThat(outcome(view)).isEqualTo("Saved.");
        assertThat(neighbourhoods.editableContact(id).contact().phone()).isEqualTo("01632 111111");
        _setValue(phone, "01632 222222");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));
        assertThat(outcome(view)).as("a second save carries the version of the first").isEqualTo("Saved.");
    }

    @Test
    void the_description_is_written_in_each_content_language_and_a_cleared_one_is_removed() {
        long id = authorisation.world().ownNeighbourhood();
        authorisation.signIn(Actor.ADMIN);
        var view = new NeighbourhoodsAdminView(neighbourhoods, imports, contentLanguages, titles);
        UI.getCurrent().add(view);
        open(view, id);
        var english = _get(view, TextArea.class, spec -> spec.withLabel("About the neighbourhood (English)"));
        var welsh = _get(view, TextArea.class, spec -> spec.withLabel("About the neighbourhood (Welsh)"));
        var polish = _get(view, TextArea.class, spec -> spec.withLabel("About the neighbourhood (Polish)"));
        var cymraeg = "Ardal y profion, ger yr afon " + System.nanoTime();

        _setValue(english, "The tests' own patch by the river.");
        _setValue(welsh, cymraeg);
        _setValue(polish, "Do usunięcia");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));
        _setValue(polish, "  ");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        assertThat(outcome(view)).isEqualTo("Saved.");
        var saved = neighbourhoods.editableContact(id).contact();
        assertThat(saved.summary("en")).isEqualTo("The tests' own patch by the river.");
        assertThat(saved.summary("cy")).isEqualTo(cymraeg);
        assertThat(saved.texts()).as("the cleared Polish one is gone").doesNotContainKey("pl");
    }

    @Test
    void an_address_the_portal_refuses_is_explained_in_polish_in_the_polish_back_office() {
        long id = authorisation.world().ownNeighbourhood();
        authorisation.signIn(Actor.ADMIN);
        speak(Locale.of("pl"));
        var view = new NeighbourhoodsAdminView(neighbourhoods, imports, contentLanguages, titles);
        UI.getCurrent().add(view);
        open(view, id);
        var email = _get(view, EmailField.class, spec -> spec.withLabel("E-mail zespołu"));
        var before = neighbourhoods.editableContact(id).contact().email();

        // The field's own pattern lets this through; only the portal's check knows SMTP carries no more.
        _setValue(email, "r".repeat(250) + "@northshire.police.uk");
        _click(_get(view, Button.class, spec -> spec.withText("Zapisz")));

        var polish = "To nie jest adres e-mail. Wpisz adres taki jak imie.nazwisko@force.police.uk.";
        assertThat(outcome(view)).isEqualTo(polish);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(polish);
        assertThat(neighbourhoods.editableContact(id).contact().email()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static void open(NeighbourhoodsAdminView view, long id) {
        Grid<NeighbourhoodSummary> grid = _get(view, Grid.class);
        grid.select(grid.getListDataView().getItems().filter(n -> n.id() == id).findFirst().orElseThrow());
    }

    private static String outcome(NeighbourhoodsAdminView view) {
        return _get(view, Paragraph.class, spec -> spec.withAttribute("role", "status")).getText();
    }
}
