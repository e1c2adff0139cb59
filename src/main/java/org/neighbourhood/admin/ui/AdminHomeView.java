package org.neighbourhood.admin.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.security.Permissions;

/** Where a signed-in officer, facilitator or administrator starts: who they are and what they look after. */
@Route(value = "admin", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR", "FACILITATOR"})
class AdminHomeView extends Main implements HasDynamicTitle {

    private final PageTitles titles;

    AdminHomeView(Permissions permissions, NeighbourhoodService neighbourhoods, PageTitles titles) {
        this.titles = titles;
        addClassName("admin-content");
        add(new H1(getTranslation("admin.home.title")));
        permissions.signedInUser().ifPresent(user -> add(new Paragraph(getTranslation("admin.home.roles",
                user.displayName(), String.join(", ", user.roles().stream()
                        .map(role -> getTranslation("role." + role.name())).sorted().toList())))));
        add(new H2(getTranslation("admin.home.neighbourhoods")));
        var editable = permissions.editableNeighbourhoods();
        var list = new UnorderedList();
        neighbourhoods.findAll().stream()
                .filter(n -> editable.includes(n.id()))
                .forEach(n -> list.add(new ListItem(n.name())));
        if (list.getChildren().findAny().isPresent()) {
            add(list);
        } else {
            add(new Paragraph(getTranslation("admin.home.no-neighbourhoods")));
        }
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.home.title"));
    }
}
