package org.neighbourhood.officers.ui;

import java.util.Locale;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.officers.OfficerProfile;
import org.neighbourhood.officers.OfficerService;
import org.springframework.stereotype.Component;

/** Titles and link previews of officers' profiles. */
@Component
record OfficerPages(OfficerService officers, PageTitles titles, Messages messages, ContentLanguages languages)
        implements PageMetadataProvider {

    @Override
    public void register(Pages pages) {
        pages.describeFound(OfficerView.class, (slug, locale) -> officers.findBySlug(slug)
                .map(officer -> officer(officer, locale)));
    }

    PageMetadata officer(OfficerProfile officer, Locale locale) {
        var rank = messages.get("rank." + officer.rank().name(), locale);
        var description = messages.get("officer.description", locale, officer.titledName(), rank,
                officer.roleFor(locale, languages).text(), officer.teamName());
        // No og:image yet: link previews take only raster images, and the demo portraits are SVG.
        return titles.page(officer.titledName(), description).withType("profile");
    }
}
