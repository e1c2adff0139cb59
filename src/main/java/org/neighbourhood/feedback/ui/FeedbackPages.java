package org.neighbourhood.feedback.ui;

import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.springframework.stereotype.Component;

/** Titles and previews of the feedback pages; the resident's own page is personal and never indexed. */
@Component
class FeedbackPages implements PageMetadataProvider {

    private final PageTitles titles;
    private final Messages messages;

    FeedbackPages(PageTitles titles, Messages messages) {
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(FeedbackView.class, (route, locale) -> form(locale));
        pages.describe(YourFeedbackView.class, (route, locale) -> yours(locale));
    }

    PageMetadata form(Locale locale) {
        return titles.page(messages.get("feedback.title", locale), messages.get("feedback.description", locale));
    }

    PageMetadata yours(Locale locale) {
        return PageMetadata.personal(titles.title(messages.get("feedback.yours.title", locale)),
                messages.get("feedback.yours.description", locale));
    }
}
