package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.FeedLinks;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.ForumService.PublicSeries;

/** A forum series: what it is, its upcoming and past sessions, and what came of them. */
@Route(value = "forums/:series", layout = PublicLayout.class)
@AnonymousAllowed
class ForumSeriesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAST_SHOWN = 6;

    private final ForumService forums;
    private final ForumPages pages;
    private final FeedLinks feedLinks;
    private @Nullable PublicSeries series;

    ForumSeriesView(ForumService forums, ForumPages pages, FeedLinks feedLinks) {
        this.forums = forums;
        this.pages = pages;
        this.feedLinks = feedLinks;
        addClassName("content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var locale = UI.getCurrent().getLocale();
        var found = forums.seriesPage(event.getRouteParameters().get("series").orElse(""), locale);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var page = found.get();
        series = page.series();
        removeAll();
        var kicker = new Paragraph(new RouterLink(getTranslation("forums.title"), ForumsView.class));
        kicker.addClassName("kicker");
        var written = series.language();
        add(kicker, ContentLanguage.mark(new H1(series.name()), written, locale),
                ContentLanguage.mark(ForumsView.lead(series.summary()), written, locale));
        if (!series.inRequestedLanguage()) {
            add(ContentLanguage.note(written, locale));
        }
        if (series.cadence() != null) {
            add(ContentLanguage.sentence(locale, "forum.cadence",
                    new Localised<>(series.cadence(), written, series.inRequestedLanguage())));
        }
        if (series.description() != null) {
            series.description().lines().filter(line -> !line.isBlank())
                    .forEach(line -> add(ContentLanguage.mark(new Paragraph(line), written, locale)));
        }

        var upcoming = new Section(new H2(getTranslation("forum.upcoming")));
        if (page.upcoming().isEmpty()) {
            upcoming.add(empty(getTranslation("forum.upcoming.empty")));
        } else {
            var list = new UnorderedList();
            list.addClassName("event-list");
            page.upcoming().forEach(s -> list.add(new SessionCard(s, locale)));
            upcoming.add(list);
        }
        add(upcoming, feedLinks.section(pages.series(series, locale).feeds()));

        var said = new Section(new H2(getTranslation("forum.you-said-we-did")));
        said.add(page.actions().isEmpty() ? empty(getTranslation("forum.actions.empty"))
                : new ActionList(page.actions(), locale, true));
        add(said);

        if (!page.past().isEmpty()) {
            var past = new Section(new H2(getTranslation("forum.past")));
            var list = new UnorderedList();
            list.addClassName("event-list");
            page.past().stream().limit(PAST_SHOWN).forEach(s -> list.add(new SessionCard(s, locale)));
            past.add(list);
            add(past);
        }
    }

    static Paragraph empty(String text) {
        var empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return series == null ? "" : pages.series(series, UI.getCurrent().getLocale()).title();
    }
}
