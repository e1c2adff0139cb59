package org.neighbourhood.neighbourhoods.ui;

import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Feeds;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.stereotype.Component;

/** Titles and link previews of the home page and the neighbourhood pages, for views and first HTML alike. */
@Component
class NeighbourhoodPages implements PageMetadataProvider {

    private final NeighbourhoodService neighbourhoods;
    private final PageTitles titles;
    private final Messages messages;
    private final ContentLanguages contentLanguages;
    private final Feeds feeds;

    NeighbourhoodPages(NeighbourhoodService neighbourhoods, PageTitles titles, Messages messages,
            ContentLanguages contentLanguages, Feeds feeds) {
        this.neighbourhoods = neighbourhoods;
        this.feeds = feeds;
        this.contentLanguages = contentLanguages;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(HomeView.class, (route, locale) -> home(locale));
        pages.describe(NeighbourhoodView.class, (route, locale) -> neighbourhoods.findBySlug(
                route.get("slug").orElse(""))
                .map(n -> neighbourhood(n, locale))
                .orElseGet(() -> titles.notFound(locale)));
    }

    /** The home page, which offers the whole force's news and calendar. */
    PageMetadata home(Locale locale) {
        return titles.page(messages.get("home.title", locale),
                messages.get("home.description", locale, titles.forceName()))
                .withFeeds(List.of(feeds.news(locale), feeds.calendar(locale)));
    }

    /**
     * The description is the neighbourhood's own in the reader's language; without one, a sentence in that language
     * rather than the summary in another, since a link preview can say nothing about the language it is in. The
     * page offers the team's news and events as feeds.
     */
    PageMetadata neighbourhood(NeighbourhoodDetails neighbourhood, Locale locale) {
        var description = neighbourhood.summaryFor(locale, contentLanguages)
                .filter(Localised::inRequestedLanguage).map(Localised::text)
                .orElseGet(() -> messages.get("neighbourhood.description", locale, neighbourhood.name(),
                        titles.forceName()));
        return titles.page(messages.get("neighbourhood.title", locale, neighbourhood.name()), description)
                .withFeeds(List.of(feeds.neighbourhoodNews(neighbourhood.slug(), neighbourhood.name(), locale),
                        feeds.neighbourhoodCalendar(neighbourhood.slug(), neighbourhood.name(), locale)));
    }
}
