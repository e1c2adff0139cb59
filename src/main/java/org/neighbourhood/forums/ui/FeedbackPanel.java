package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.forums.after.AfterSessionService;

/** What attendees said after a session; anonymous feedback shows no name, because none was kept. */
class FeedbackPanel extends Div {

    private final AfterSessionService after;

    FeedbackPanel(AfterSessionService after) {
        this.after = after;
    }

    void show(long sessionId) {
        removeAll();
        var items = after.feedback(sessionId);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("admin.forums.feedback.empty")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("topic-list");
        for (var item : items) {
            var entry = new ListItem();
            entry.addClassName("topic");
            var from = new Paragraph((item.from() == null ? getTranslation("admin.forums.feedback.anonymous")
                    : item.from()) + " · " + TimeRanges.date(item.at(), getLocale()));
            from.addClassName("event-card__kind");
            entry.add(from);
            item.body().lines().forEach(line -> entry.add(new Paragraph(line)));
            list.add(entry);
        }
        add(list);
    }
}
