package org.neighbourhood.neighbourhoods;

import java.util.List;

import org.neighbourhood.base.SitemapContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every neighbourhood's page for the sitemap. */
@Component
class NeighbourhoodSitemap implements SitemapContributor {

    private final NeighbourhoodRepository neighbourhoods;

    NeighbourhoodSitemap(NeighbourhoodRepository neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> sitemapEntries() {
        return neighbourhoods.findAllByOrderByNameAsc().stream()
                .map(n -> new Entry("neighbourhoods/" + n.getSlug(), n.getUpdatedAt()))
                .toList();
    }
}
