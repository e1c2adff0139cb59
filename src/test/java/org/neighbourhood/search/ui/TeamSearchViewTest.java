package org.neighbourhood.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.search.SearchService;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class TeamSearchViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    SearchService search;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    UpdateService updates;

    @Autowired
    PageTitles titles;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_editor_finds_their_draft_says_it_is_not_public_and_opens_it_in_its_editor() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        var word = "Heron" + System.nanoTime();
        var draft = updates.create(neighbourhoods.findBySlug("riverside").orElseThrow().id(),
                new UpdateContent(Map.of("en", new UpdateText(word + " nesting under the bridge", "A draft."))));
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new TeamSearchView(search, neighbourhoods, titles, clock);
        UI.getCurrent().add(view);

        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Search priorities, events and updates")),
                word.toLowerCase());

        var link = _get(view, Anchor.class, spec -> spec.withText(word + " nesting under the bridge"));
        assertThat(link.getHref()).isEqualTo("admin/updates?edit=" + draft.id());
        assertThat(link.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("Riverside · not public (draft or unpublished)");
    }
}
