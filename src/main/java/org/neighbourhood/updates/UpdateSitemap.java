package org.neighbourhood.updates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.SitemapContributor;
import org.springframework.stereotype.Component;

/** The updates listing and every public update, for the sitemap. */
@Component
class UpdateSitemap implements SitemapContributor {

    private final UpdateService updates;

    UpdateSitemap(UpdateService updates) {
        this.updates = updates;
    }

    @Override
    public List<Entry> sitemapEntries() {
        var entries = new ArrayList<Entry>();
        entries.add(new Entry("updates", null));
        updates.latest(null, Locale.ENGLISH, 10_000)
                .forEach(u -> entries.add(new Entry("updates/" + u.slug(), u.updatedAt())));
        return entries;
    }
}
