package org.neighbourhood.admin.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.security.AuditEntry;
import org.neighbourhood.security.AuditLog;

/** Every back-office change and sign-in, newest first, loaded a page at a time. */
@Route(value = "admin/audit", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
class AuditView extends Main implements HasDynamicTitle {


    private final PageTitles titles;

    AuditView(AuditLog audit, PageTitles titles) {
        this.titles = titles;
        addClassName("admin-content");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);
        var grid = new Grid<AuditEntry>();
        grid.addColumn(entry -> when.format(entry.occurredAt())).setHeader(getTranslation("admin.audit.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("admin.audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("admin.audit.what")).setAutoWidth(true);
        grid.addColumn(entry -> entry.subjectType() == null ? "" : entry.subjectType() + " " + entry.subjectId())
                .setHeader(getTranslation("admin.audit.subject")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("admin.audit.details")).setFlexGrow(1);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("admin.audit.address"));
        grid.setItems(query -> audit.find(query.getOffset(), query.getLimit()).stream());
        grid.setAriaLabel(getTranslation("admin.audit.title"));
        add(new H1(getTranslation("admin.audit.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.audit.title"));
    }
}
