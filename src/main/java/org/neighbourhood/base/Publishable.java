package org.neighbourhood.base;

import org.jspecify.annotations.Nullable;

/**
 * A neighbourhood team's item with a publication lifecycle: what the shared steps of changing one (the checks,
 * publishing, the audit line) need to know of it.
 */
public interface Publishable {

    /** Null until the item is first stored. */
    @Nullable Long getId();

    long getNeighbourhoodId();

    /** The optimistic-locking version, held by the entity itself. */
    long getVersion();

    Lifecycle getLifecycle();
}
