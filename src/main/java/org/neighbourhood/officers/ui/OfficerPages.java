package org.neighbourhood.officers.ui;

import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.officers.OfficerProfile;
import org.neighbourhood.officers.OfficerService;
import org.springframework.stereotype.Component;

/** Titles and link previews of officers' profiles. */
@Component
class OfficerPages implements PageMetadataProvider {

    private final OfficerService officers;
    private final PageTitles titles;
    private final Messages messages;

    OfficerPages(OfficerService officers, PageTitles titles, Messages messages) {
        this.officers = officers;
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(OfficerView.class, (route, locale) -> officers.findBySlug(route.get("slug").orElse(""))
                .map(officer -> officer(officer, locale))
                .orElseGet(() -> titles.notFound(locale)));
    }

    PageMetadata officer(OfficerProfile officer, Locale locale) {
        var rank = messages.get("rank." + officer.rank().name(), locale);
        var description = messages.get("officer.description", locale, officer.titledName(), rank,
                officer.role(), officer.teamName());
        // No og:image yet: link previews take only raster images, and the demo portraits are SVG.
        return titles.page(officer.titledName(), description).withType("profile");
    }
}
