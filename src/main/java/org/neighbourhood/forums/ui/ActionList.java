package org.neighbourhood.forums.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.forums.ForumService.PublicAction;
import org.neighbourhood.forums.after.ActionStatus;

/**
 * "You said, we did": published follow-up actions, who owns them, by when and how far they have got.
 * Chairs write them in the first content language; a page in another language marks them and says so.
 */
class ActionList extends UnorderedList {

    ActionList(List<PublicAction> actions, Locale locale, boolean showSession) {
        addClassName("priority-list");
        for (var action : actions) {
            var item = new ListItem();
            item.addClassName("priority");
            var status = new Span(getTranslation(locale, "forum.action.status." + action.status().name()));
            status.addClassName("priority__status");
            status.addClassName("priority__status--" + action.status().name().toLowerCase(Locale.ROOT));
            var said = new Paragraph(showSession
                    ? getTranslation(locale, "forum.action.said-at", TimeRanges.date(action.sessionStartsAt(), locale))
                    : getTranslation(locale, "forum.action.said"));
            said.addClassName("priority__label");
            var did = new Paragraph(getTranslation(locale, action.status() == ActionStatus.DONE
                    ? "forum.action.did" : "forum.action.doing"));
            did.addClassName("priority__label");
            var owner = new Paragraph(getTranslation(locale, "forum.action.owner", action.owner())
                    + (action.dueDate() == null ? "" : " · " + getTranslation(locale, "forum.action.due",
                    DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.formatting(locale)).format(action.dueDate()))));
            owner.addClassName("event-card__kind");
            var saidText = new H3(action.said());
            var didText = new Paragraph(action.did());
            item.add(status, said, saidText, did, didText, owner);
            if (!action.language().getLanguage().equals(locale.getLanguage())) {
                ContentLanguage.mark(saidText, action.language(), locale);
                ContentLanguage.mark(didText, action.language(), locale);
                item.add(ContentLanguage.note(action.language(), locale));
            }
            add(item);
        }
    }
}
