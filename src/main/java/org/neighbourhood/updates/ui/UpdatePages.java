package org.neighbourhood.updates.ui;

import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;
import org.springframework.stereotype.Component;

/** Titles and previews of the updates listing and each update's page; not found for a draft or an unknown address. */
@Component
class UpdatePages implements PageMetadataProvider {

    private final UpdateService updates;
    private final PageTitles titles;
    private final Messages messages;

    UpdatePages(UpdateService updates, PageTitles titles, Messages messages) {
        this.updates = updates;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(UpdatesView.class, (route, locale) -> listing(locale));
        pages.describe(UpdateView.class, (route, locale) -> updates.findPublic(route.get("slug").orElse(""), locale)
                .map(this::update)
                .orElseGet(() -> titles.notFound(locale)));
    }

    PageMetadata listing(Locale locale) {
        return titles.page(messages.get("updates.title", locale), messages.get("updates.description", locale,
                titles.forceName()));
    }

    PageMetadata update(PublicUpdate u) {
        // The summary is the body's plain text, at most 160 characters: what a meta description holds.
        return titles.page(u.title(), u.summary()).withType("article").withImage(u.imageUrl());
    }
}
