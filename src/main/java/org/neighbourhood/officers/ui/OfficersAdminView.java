package org.neighbourhood.officers.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.officers.EditableOfficer;
import org.neighbourhood.officers.OfficerService;

/**
 * Neighbourhood teams keep their officers' profiles up to date here: role and why they do the job in each
 * language the portal's content is written in, team, the languages they speak, and their photo with the text that
 * describes it.
 */
@Route(value = "admin/officers", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class OfficersAdminView extends Main implements HasDynamicTitle {

    private final OfficerService officers;
    private final PageTitles titles;
    private final Grid<EditableOfficer> grid = new Grid<>();
    private final OfficerEditor editor;

    OfficersAdminView(OfficerService officers, ContentLanguages languages, PageTitles titles) {
        this.officers = officers;
        this.titles = titles;
        this.editor = new OfficerEditor(officers, languages, changed -> refresh());
        addClassName("admin-content");

        grid.addColumn(EditableOfficer::titledName).setHeader(getTranslation("admin.officers.name")).setFlexGrow(1);
        var first = languages.first().getLanguage();
        grid.addColumn(o -> o.details().role(first)).setHeader(getTranslation("admin.officers.role")).setAutoWidth(true);
        grid.addColumn(o -> String.join(", ", o.neighbourhoodNames()))
                .setHeader(getTranslation("admin.officers.neighbourhoods")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.officers.title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editor.show(event.getValue());
                editor.setVisible(true);
            }
        });

        editor.setVisible(false);
        add(new H1(getTranslation("admin.officers.title")), new Paragraph(getTranslation("admin.officers.intro")),
                grid, editor);
        refresh();
    }

    private void refresh() {
        grid.setItems(officers.editable());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.officers.title"));
    }
}
