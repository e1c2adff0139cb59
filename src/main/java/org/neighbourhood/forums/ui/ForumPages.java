package org.neighbourhood.forums.ui;

import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.Feeds;
import org.neighbourhood.base.Messages;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.ForumService.PublicSeries;
import org.neighbourhood.forums.ForumService.SessionPage;
import org.springframework.stereotype.Component;

/** Titles and previews of the forum pages; the emailed-link pages are personal and never indexed. */
@Component
class ForumPages implements PageMetadataProvider {

    private final ForumService forums;
    private final PageTitles titles;
    private final Messages messages;
    private final Feeds feeds;

    ForumPages(ForumService forums, PageTitles titles, Messages messages, Feeds feeds) {
        this.forums = forums;
        this.feeds = feeds;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(ForumsView.class, (route, locale) -> listing(locale));
        pages.describe(ForumSeriesView.class, (route, locale) -> forums.seriesPage(route.get("series").orElse(""),
                locale).map(page -> series(page.series(), locale)).orElseGet(() -> titles.notFound(locale)));
        pages.describe(ForumSessionView.class, (route, locale) -> forums.sessionPage(route.get("series").orElse(""),
                route.get("session").orElse(""), locale)
                .map(page -> session(page, locale)).orElseGet(() -> titles.notFound(locale)));
        pages.describe(ConfirmView.class, (route, locale) -> emailedLink(locale));
        pages.describe(ManageView.class, (route, locale) -> emailedLink(locale));
    }

    private PageMetadata emailedLink(Locale locale) {
        return PageMetadata.personal(titles.title(messages.get("forum.link.title", locale)),
                messages.get("forum.link.description", locale));
    }

    PageMetadata listing(Locale locale) {
        return titles.page(messages.get("forums.title", locale),
                messages.get("forums.description", locale, titles.forceName()));
    }

    /** A series' page, which offers its sessions as a calendar. */
    PageMetadata series(PublicSeries series, Locale locale) {
        return titles.page(series.name(), series.summary())
                .withFeeds(List.of(feeds.seriesCalendar(series.slug(), series.name(), locale)));
    }

    PageMetadata session(SessionPage page, Locale locale) {
        var s = page.session();
        var when = TimeRanges.format(s.startsAt(), s.endsAt(), locale);
        return titles.page(page.series().name() + ": " + TimeRanges.date(s.startsAt(), locale),
                when + " · " + messages.get("event.format." + s.format().name(), locale)
                        + (s.venueName() == null ? "" : " · " + s.venueName()));
    }
}
