package org.neighbourhood.neighbourhoods.ui;

import java.util.Locale;
import java.util.Optional;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Titles and link previews of the home page and the neighbourhood pages, for views and first HTML alike. */
@Component
class NeighbourhoodPages implements PageMetadataProvider {

    private static final PathPattern NEIGHBOURHOOD = PathPatternParser.defaultInstance
            .parse("/" + NeighbourhoodView.PATH_PREFIX + "{slug}");

    private final NeighbourhoodService neighbourhoods;
    private final PageTitles titles;
    private final Messages messages;

    NeighbourhoodPages(NeighbourhoodService neighbourhoods, PageTitles titles, Messages messages) {
        this.neighbourhoods = neighbourhoods;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public Optional<PageMetadata> describe(String path, Locale locale) {
        if (path.isEmpty()) {
            return Optional.of(home(locale));
        }
        var match = NEIGHBOURHOOD.matchAndExtract(PathContainer.parsePath("/" + path));
        if (match == null) {
            return Optional.empty();
        }
        return Optional.of(neighbourhoods.findBySlug(match.getUriVariables().get("slug"))
                .map(n -> neighbourhood(n, locale))
                .orElseGet(() -> titles.notFound(locale)));
    }

    PageMetadata home(Locale locale) {
        return titles.page(messages.get("home.title", locale),
                messages.get("home.description", locale, titles.forceName()));
    }

    PageMetadata neighbourhood(NeighbourhoodDetails neighbourhood, Locale locale) {
        var description = neighbourhood.summary() != null ? neighbourhood.summary()
                : messages.get("neighbourhood.description", locale, neighbourhood.name(), titles.forceName());
        return titles.page(messages.get("neighbourhood.title", locale, neighbourhood.name()), description);
    }
}
