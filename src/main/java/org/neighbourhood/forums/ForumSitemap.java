package org.neighbourhood.forums;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.SitemapContributor;
import org.springframework.stereotype.Component;

/** The forums listing, every published series and its published sessions, for the sitemap. */
@Component
class ForumSitemap implements SitemapContributor {

    private final ForumService forums;

    ForumSitemap(ForumService forums) {
        this.forums = forums;
    }

    @Override
    public List<Entry> sitemapEntries() {
        var entries = new ArrayList<Entry>();
        entries.add(new Entry("forums", null));
        forums.publishedSeries(Locale.ENGLISH).forEach(s -> entries.add(new Entry("forums/" + s.slug(), s.updatedAt())));
        forums.allPublishedSessions().forEach(s -> entries.add(
                new Entry("forums/" + s.seriesSlug() + "/" + s.slug(), s.updatedAt())));
        return entries;
    }
}
