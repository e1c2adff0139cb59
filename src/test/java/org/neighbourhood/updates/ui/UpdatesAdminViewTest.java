package org.neighbourhood.updates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateText;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.publishing.ui.EditorContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class UpdatesAdminViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    UpdateService updates;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    Permissions permissions;

    @Autowired
    PageTitles titles;

    @Autowired
    EditorContext editorContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_editor_publishes_an_update_and_is_told_of_pictures_without_a_description() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new UpdatesAdminView(updates, editorContext);
        UI.getCurrent().add(view);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Updates");

        var title = "Speed checks on Quay Street " + System.nanoTime();
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Title (English)")), title);
        _setValue(_get(view, TextArea.class, spec -> spec.withLabel("Text (English, Markdown)")),
                "We ran **speed checks**.\n\n![](https://example.org/van.jpg)");
        _click(_get(view, Button.class, spec -> spec.withText("Publish now")));

        assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("field-message--error")).getText())
                .contains("https://example.org/van.jpg");
        assertThat(updates.latest(null, Locale.ENGLISH, 1000)).anyMatch(u -> u.title().equals(title)
                && u.bodyHtml().contains("<strong>speed checks</strong>"));
    }

    @Test
    void the_back_office_search_opens_an_item_in_its_editor_but_never_another_teams() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        long riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        long other = neighbourhoods.findAll().stream().filter(n -> n.id() != riverside).findFirst().orElseThrow().id();
        var title = "Draft to reopen " + System.nanoTime();
        var mine = updates.create(riverside, new UpdateContent(java.util.Map.of("en",
                new UpdateText(title, "Still being written."))));
        var theirs = updates.create(other, new UpdateContent(java.util.Map.of("en",
                new UpdateText("Another team's draft " + System.nanoTime(), "Not for Riverside."))));
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        var view = new UpdatesAdminView(updates, editorContext);
        UI.getCurrent().add(view);

        view.openItem(theirs.id());
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("Title (English)")).getValue()).isEmpty();

        view.openItem(mine.id());
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("Title (English)")).getValue()).isEqualTo(title);
    }
}
