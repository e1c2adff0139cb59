package org.neighbourhood.admin.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.base.Brand;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.ui.LanguageSwitch;
import org.neighbourhood.security.Permissions;

/** The back office's chrome: the force, who is signed in, sign-out, and what this account may open. */
@RolesAllowed({"ADMIN", "EDITOR", "FACILITATOR", Permissions.LINKED_OFFICER_ROLE})
public class AdminLayout extends AppLayout implements AfterNavigationObserver {

    private final LanguageSwitch languageSwitch;

    AdminLayout(Brand brand, Languages languages, Permissions permissions, AuthenticationContext authentication) {
        addClassName("admin-layout");
        var title = new Span(getTranslation("admin.title", brand.forceName()));
        title.addClassName("admin-layout__title");
        var user = permissions.signedInUser();
        var who = new Span(user.map(u -> getTranslation("admin.signed-in-as", u.displayName())).orElse(""));
        who.addClassName("admin-layout__user");
        var signOut = new Button(getTranslation("admin.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        languageSwitch = new LanguageSwitch(languages.supported());
        languageSwitch.addClassName("admin-layout__languages");
        var bar = new Div(title, who, languageSwitch, signOut);
        bar.addClassName("admin-layout__bar");
        addToNavbar(new DrawerToggle(), bar);

        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("admin.nav"));
        nav.addItem(new SideNavItem(getTranslation("admin.home.title"), AdminHomeView.class));
        if (user.map(u -> u.officerId() != null).orElse(false)) {
            nav.addItem(new SideNavItem(getTranslation("admin.my-profile.title"), "admin/my-profile"));
        }
        if (permissions.isAdmin() || !permissions.editableNeighbourhoods().neighbourhoodIds().isEmpty()) {
            // By address, not class: content features depend on this layout, never the other way round.
            nav.addItem(new SideNavItem(getTranslation("admin.feedback.title"), "admin/feedback"));
            nav.addItem(new SideNavItem(getTranslation("admin.search.title"), "admin/search"));
            nav.addItem(new SideNavItem(getTranslation("admin.priorities.title"), "admin/priorities"));
            nav.addItem(new SideNavItem(getTranslation("admin.events.title"), "admin/events"));
            nav.addItem(new SideNavItem(getTranslation("admin.updates.title"), "admin/updates"));
            nav.addItem(new SideNavItem(getTranslation("admin.officers.title"), "admin/officers"));
        }
        if (permissions.isAdmin() || permissions.hasRole(org.neighbourhood.security.Role.FACILITATOR)) {
            nav.addItem(new SideNavItem(getTranslation("admin.forums.title"), "admin/forums"));
        }
        if (permissions.isAdmin()) {
            nav.addItem(new SideNavItem(getTranslation("admin.neighbourhoods.title"), NeighbourhoodsAdminView.class));
            nav.addItem(new SideNavItem(getTranslation("admin.users.title"), UsersView.class));
            nav.addItem(new SideNavItem(getTranslation("admin.audit.title"), AuditView.class));
            nav.addItem(new SideNavItem(getTranslation("admin.mail.title"), "admin/mail"));
            nav.addItem(new SideNavItem(getTranslation("admin.search-index.title"), "admin/search-index"));
        }
        nav.addItem(new SideNavItem(getTranslation("admin.account.title"), AccountView.class));
        nav.addItem(new SideNavItem(getTranslation("admin.public-site"), "/"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        languageSwitch.update(event.getLocation().getPath(), getLocale());
    }
}
