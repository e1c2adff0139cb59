package org.neighbourhood.officers;

import java.util.List;

import org.neighbourhood.base.SitemapContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every officer's profile for the sitemap. */
@Component
class OfficerSitemap implements SitemapContributor {

    private final OfficerRepository officers;

    OfficerSitemap(OfficerRepository officers) {
        this.officers = officers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> sitemapEntries() {
        return officers.findAll().stream()
                .map(o -> new Entry("officers/" + o.getSlug(), o.getUpdatedAt()))
                .toList();
    }
}
