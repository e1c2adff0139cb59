package org.neighbourhood.admin.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.security.AuditEntry;

/** An item's revision history in the back office: who changed what, when, with the values before and after. */
public class HistoryPanel extends Details {


    public HistoryPanel() {
        setSummaryText(getTranslation("admin.history"));
        setVisible(false);
    }

    public void show(List<AuditEntry> entries) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);
        var list = new UnorderedList();
        entries.forEach(entry -> list.add(new ListItem(when.format(entry.occurredAt()) + " – " + entry.actor()
                + " – " + entry.action() + (entry.details() == null ? "" : ": " + entry.details()))));
        removeAll();
        add(list);
        setVisible(true);
    }

    /** How an item stands with the public: draft, scheduled for a time, published or unpublished. */
    public static String state(com.vaadin.flow.component.Component owner, org.neighbourhood.base.Publication publication,
            java.time.@org.jspecify.annotations.Nullable Instant publishAt, boolean live) {
        if (publication == org.neighbourhood.base.Publication.PUBLISHED && publishAt != null && !live) {
            return owner.getTranslation("admin.state.SCHEDULED", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(Languages.formatting(com.vaadin.flow.component.UI.getCurrent().getLocale())).withZone(Zones.LONDON)
                    .format(publishAt));
        }
        return owner.getTranslation("admin.state." + publication.name());
    }
}
