package org.neighbourhood.base;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** How an item stands with the public, as the back office shows it: draft, scheduled, published or unpublished. */
public interface PublicationState {

    Publication publication();

    @Nullable Instant publishAt();

    /** Public now: published and its publish time has come. */
    boolean live();
}
