package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.forums.ForumService;

/** Every forum series residents can join, with its next session. */
@Route(value = "forums", layout = PublicLayout.class)
@AnonymousAllowed
class ForumsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ForumService forums;
    private final ForumPages pages;

    ForumsView(ForumService forums, ForumPages pages) {
        this.forums = forums;
        this.pages = pages;
        addClassName("content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var locale = UI.getCurrent().getLocale();
        removeAll();
        add(new H1(getTranslation("forums.title")), lead(getTranslation("forums.intro")));
        var list = new UnorderedList();
        list.addClassName("event-list");
        for (var series : forums.publishedSeries(locale)) {
            var item = new ListItem();
            item.addClassName("event-card");
            item.add(new H2(ContentLanguage.mark(new RouterLink(series.name(), ForumSeriesView.class,
                    new RouteParameters("series", series.slug())), series.language(), locale)));
            item.add(ContentLanguage.mark(new Paragraph(series.summary()), series.language(), locale));
            if (!series.inRequestedLanguage()) {
                item.add(ContentLanguage.note(series.language(), locale));
            }
            var next = series.next() == null ? getTranslation("forums.no-next")
                    : getTranslation("forums.next", TimeRanges.format(series.next().startsAt(), series.next().endsAt(),
                            locale));
            var when = new Paragraph(next);
            when.addClassName("event-card__when");
            item.add(when);
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            var empty = new Paragraph(getTranslation("forums.empty"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(list);
        }
    }

    static Paragraph lead(String text) {
        var lead = new Paragraph(text);
        lead.addClassName("lead");
        return lead;
    }

    @Override
    public String getPageTitle() {
        return pages.listing(UI.getCurrent().getLocale()).title();
    }
}
