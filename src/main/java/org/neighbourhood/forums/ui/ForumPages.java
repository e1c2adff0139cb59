package org.neighbourhood.forums.ui;

import java.util.Locale;
import java.util.Optional;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.ForumService.PublicSeries;
import org.neighbourhood.forums.ForumService.SessionPage;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Titles and previews of the forum pages; the emailed-link pages are personal and never indexed. */
@Component
class ForumPages implements PageMetadataProvider {

    private static final PathPattern SERIES = PathPatternParser.defaultInstance.parse("/forums/{series}");
    private static final PathPattern SESSION = PathPatternParser.defaultInstance.parse("/forums/{series}/{session}");

    private final ForumService forums;
    private final PageTitles titles;
    private final Messages messages;

    ForumPages(ForumService forums, PageTitles titles, Messages messages) {
        this.forums = forums;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public Optional<PageMetadata> describe(String path, Locale locale) {
        if ("forums".equals(path)) {
            return Optional.of(listing(locale));
        }
        if ("signup/confirm".equals(path) || "signup/manage".equals(path)) {
            return Optional.of(PageMetadata.personal(titles.title(messages.get("forum.link.title", locale)),
                    messages.get("forum.link.description", locale)));
        }
        var container = PathContainer.parsePath("/" + path);
        var session = SESSION.matchAndExtract(container);
        if (session != null) {
            return Optional.of(forums.sessionPage(session.getUriVariables().get("series"),
                            session.getUriVariables().get("session"), locale)
                    .map(page -> session(page, locale)).orElseGet(() -> titles.notFound(locale)));
        }
        var series = SERIES.matchAndExtract(container);
        if (series != null) {
            return Optional.of(forums.seriesPage(series.getUriVariables().get("series"), locale)
                    .map(page -> series(page.series())).orElseGet(() -> titles.notFound(locale)));
        }
        return Optional.empty();
    }

    PageMetadata listing(Locale locale) {
        return titles.page(messages.get("forums.title", locale),
                messages.get("forums.description", locale, titles.forceName()));
    }

    PageMetadata series(PublicSeries series) {
        return titles.page(series.name(), series.summary());
    }

    PageMetadata session(SessionPage page, Locale locale) {
        var s = page.session();
        var when = TimeRanges.format(s.startsAt(), s.endsAt(), locale);
        return titles.page(page.series().name() + ": " + TimeRanges.date(s.startsAt(), locale),
                when + " · " + messages.get("event.format." + s.format().name(), locale)
                        + (s.venueName() == null ? "" : " · " + s.venueName()));
    }
}
