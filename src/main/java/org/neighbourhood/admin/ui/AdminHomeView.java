package org.neighbourhood.admin.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Anchor;
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
@RolesAllowed({"ADMIN", "EDITOR", "FACILITATOR", Permissions.LINKED_OFFICER_ROLE})
class AdminHomeView extends Main implements HasDynamicTitle {

    private final PageTitles titles;

    AdminHomeView(Permissions permissions, NeighbourhoodService neighbourhoods, PageTitles titles,
            List<AdminHomeSection> sections) {
        this.titles = titles;
        addClassName("admin-content");
        add(new H1(getTranslation("admin.home.title")));
        permissions.signedInUser().ifPresent(user -> {
            var roles = Stream.concat(user.roles().stream().map(role -> "role." + role.name()),
                    Stream.ofNullable(user.officerId()).map(linked -> "role." + Permissions.LINKED_OFFICER_ROLE));
            add(new Paragraph(getTranslation("admin.home.roles", user.displayName(),
                    String.join(", ", roles.map(this::getTranslation).sorted().toList()))));
            if (user.officerId() != null) {
                // By address: the officers feature depends on the back office, never the other way round.
                var link = new Anchor("admin/my-profile", getTranslation("admin.home.my-profile"));
                link.getElement().setAttribute("router-link", true);
                add(new Paragraph(link));
            }
        });
        sections.forEach(section -> section.create().ifPresent(this::add));
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
