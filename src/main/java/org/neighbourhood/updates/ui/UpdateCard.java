package org.neighbourhood.updates.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;

/** An update in a list: when, its title linking to its page, and the first words of it. */
class UpdateCard extends ListItem {

    UpdateCard(PublicUpdate update, Locale locale) {
        addClassName("update-card");
        var when = new Paragraph(date(update.publishedAt(), locale));
        when.addClassName("update-card__when");
        var link = new RouterLink(update.title(), UpdateView.class, new RouteParameters("slug", update.slug()));
        var summary = new Paragraph(update.summary());
        summary.addClassName("update-card__summary");
        add(when, ContentLanguage.mark(new H3(link), update.language(), locale),
                ContentLanguage.mark(summary, update.language(), locale));
    }

    static String date(@Nullable Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.formatting(locale))
                .format(at.atZone(Zones.LONDON));
    }
}
