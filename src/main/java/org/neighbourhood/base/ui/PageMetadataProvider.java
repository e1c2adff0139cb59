package org.neighbourhood.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Describes the public pages of one feature for the first HTML response. A provider answers only for the
 * addresses it knows and returns empty for all others.
 */
public interface PageMetadataProvider {

    /**
     * @param path the address without the leading slash or query, such as {@code neighbourhoods/riverside}
     */
    Optional<PageMetadata> describe(String path, Locale locale);
}
