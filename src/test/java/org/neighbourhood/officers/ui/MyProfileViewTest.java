package org.neighbourhood.officers.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.officers.OfficerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class MyProfileViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    OfficerService officers;

    @Autowired
    PageTitles titles;

    @Autowired
    ContentLanguages contentLanguages;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_officer_edits_their_own_story_and_residents_then_read_it() {
        SignedIn.as(securityContext, "officer.riverside", "OFFICER");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new MyProfileView(officers, contentLanguages, titles);
        UI.getCurrent().add(view);
        assertThat(_get(view, H1.class).getText()).isEqualTo("My profile");
        assertThat(_find(view, TextArea.class).stream().map(TextArea::getLabel)).as("a story for each language")
                .containsExactly("Why I do this job (English)", "Why I do this job (Polish)",
                        "Why I do this job (Welsh)");
        assertThat(view.getPageTitle()).startsWith("My profile");

        var role = _get(view, TextField.class, spec -> spec.withLabel("Role (English)"));
        assertThat(role.getValue()).isEqualTo("Neighbourhood Officer");
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("Role (Welsh)")).getValue())
                .isEqualTo("Swyddog Cymdogaeth");
        assertThat(_find(view, TextField.class)).filteredOn(field -> field.getLabel().startsWith("Role ("))
                .as("her role is her editors' to change, in every language").hasSize(3)
                .allSatisfy(field -> assertThat(field.isReadOnly()).isTrue());
        assertThat(role.getHelperText()).isEqualTo("Your team's editors change your role and team.");
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("Team")).isReadOnly()).isTrue();
        var bio = _get(view, TextArea.class, spec -> spec.withLabel("Why I do this job (English)"));
        var story = bio.getValue() + " I also run the Saturday bike-marking stall " + System.nanoTime();
        _setValue(bio, story);
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText)).contains("Saved.");
        navigate("officers/agnieszka-wroblewska");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("I also run the Saturday bike-marking stall"));
    }

    @Test
    void an_account_linked_to_no_officer_is_told_so() {
        SignedIn.as(securityContext, "facilitator", "FACILITATOR");

        var view = new MyProfileView(officers, contentLanguages, titles);
        UI.getCurrent().add(view);

        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Your account is not linked to an officer profile. An administrator can link it "
                        + "under Users.");
        assertThat(_find(view, TextArea.class)).isEmpty();
    }
}
