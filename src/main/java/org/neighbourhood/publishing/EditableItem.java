package org.neighbourhood.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Publication;
import org.neighbourhood.base.PublicationState;

/**
 * An item as its editors see it in the back office.
 *
 * @param slug the item's address on the public site, empty for items that have none of their own
 */
public record EditableItem<C>(long id, long version, long neighbourhoodId, String slug, C content,
        Publication publication, @Nullable Instant publishAt, boolean live, Instant updatedAt,
        @Nullable String updatedBy) implements PublicationState {
}
