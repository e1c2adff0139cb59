package org.neighbourhood.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.security.LinkableOfficers.LinkableOfficer;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.UserService;
import org.neighbourhood.security.UserService.UserSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class UsersViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    UserService users;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    PageTitles titles;

    @Autowired
    Permissions permissions;

    @Autowired
    Brand brand;

    @Autowired
    org.neighbourhood.base.Languages languages;

    @Autowired
    AuthenticationContext authentication;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_administrator_links_a_new_account_to_an_officer_and_then_unlinks_it() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new UsersView(users, neighbourhoods, titles);
        UI.getCurrent().add(view);
        var username = "fiona.kerr." + System.nanoTime();

        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Name")), "Fiona Kerr");
        @SuppressWarnings("unchecked")
        ComboBox<LinkableOfficer> officer = _get(view, ComboBox.class, spec -> spec.withLabel("Officer profile"));
        var fiona = officer.getListDataView().getItems().filter(o -> o.name().equals("Sgt Fiona Kerr"))
                .findFirst().orElseThrow();
        _setValue(officer, fiona);
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Added " + username));
        var saved = account(username);
        assertThat(saved.officerId()).isEqualTo(fiona.id());

        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(view, Grid.class);
        grid.select(saved);
        assertThat(officer.getValue()).isEqualTo(fiona);
        _setValue(officer, null);
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        assertThat(account(username).officerId()).isNull();
    }

    @Test
    void a_taken_username_is_refused_in_polish_in_the_polish_back_office() {
        speak(Locale.of("pl"));
        SignedIn.as(securityContext, "admin", "ADMIN");
        var view = new UsersView(users, neighbourhoods, titles);
        UI.getCurrent().add(view);
        var username = _get(view, TextField.class, spec -> spec.withLabel("Nazwa użytkownika"));

        _setValue(username, "editor.riverside");
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Imię i nazwisko")), "Ktoś Inny");
        _click(_get(view, Button.class, spec -> spec.withText("Zapisz")));

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage())
                .isEqualTo("Nazwa użytkownika editor.riverside jest już zajęta: wybierz inną.");
    }

    @Test
    void an_officer_finds_my_profile_in_the_back_office_menu_and_others_do_not() {
        SignedIn.as(securityContext, "officer.riverside", "OFFICER");
        assertThat(menu()).containsExactly("Back office", "My profile", "My account", "Public site");

        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        assertThat(menu()).doesNotContain("My profile").contains("Officers", "Feedback");
    }

    private java.util.List<String> menu() {
        var layout = new AdminLayout(brand, languages, permissions, authentication);
        return _find(layout, SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private UserSummary account(String username) {
        SignedIn.as(securityContext, "admin", "ADMIN");
        return users.findAll().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }
}
