package org.neighbourhood.search.ui;

import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.springframework.stereotype.Component;

/** The search page's title and description; pages of results are never indexed by search engines. */
@Component
class SearchPages implements PageMetadataProvider {

    private final PageTitles titles;
    private final Messages messages;

    SearchPages(PageTitles titles, Messages messages) {
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(SearchView.class, (route, locale) -> page(locale));
    }

    PageMetadata page(Locale locale) {
        return PageMetadata.results(titles.title(messages.get("search.title", locale)),
                messages.get("search.description", locale));
    }
}
