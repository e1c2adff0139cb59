package org.neighbourhood.base;

import java.util.List;

import org.springframework.stereotype.Component;

/** The public pages that belong to no feature: the home page and the accessibility statement. */
@Component
class PortalPages implements SitemapContributor {

    @Override
    public List<Entry> sitemapEntries() {
        return List.of(new Entry("", null), new Entry("accessibility", null));
    }
}
