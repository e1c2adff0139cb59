package org.neighbourhood.updates;

import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.SitemapContributor;
import org.springframework.stereotype.Component;

/** Every public update, for the sitemap. */
@Component
class UpdateSitemap implements SitemapContributor {

    private final UpdateService updates;

    UpdateSitemap(UpdateService updates) {
        this.updates = updates;
    }

    @Override
    public List<Entry> sitemapEntries() {
        return updates.latest(null, Locale.ENGLISH, 10_000).stream()
                .map(u -> new Entry("updates/" + u.slug(), u.updatedAt()))
                .toList();
    }
}
