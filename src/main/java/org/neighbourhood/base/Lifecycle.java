package org.neighbourhood.base;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/**
 * Where a team's item (priority, event, update) stands with the public and who touched it last. Embedded in each
 * entity over the columns each table already has: {@code publication}, {@code publish_at}, {@code created_at},
 * {@code updated_at}, {@code updated_by}. The version stays on the entity, where JPA's locking looks for it.
 */
@Embeddable
public class Lifecycle {

    @Enumerated(EnumType.STRING)
    private Publication publication;
    private @Nullable Instant publishAt;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    protected Lifecycle() {
        this(Instant.EPOCH);
    }

    /** A new draft, created and last changed now. */
    public Lifecycle(Instant now) {
        this.publication = Publication.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Published from {@code at}, which may be later than now: then it is scheduled. */
    public void publish(Instant at, Instant now, @Nullable String by) {
        publication = Publication.PUBLISHED;
        publishAt = at;
        touch(now, by);
    }

    public void unpublish(Instant now, @Nullable String by) {
        publication = Publication.UNPUBLISHED;
        touch(now, by);
    }

    /** Notes a change of the item's own content. */
    public void touch(Instant now, @Nullable String by) {
        updatedAt = now;
        updatedBy = by;
    }

    /** Since when the public may see it (a time ahead while it is scheduled); null while it is not published. */
    public @Nullable Instant publicFrom() {
        return publication == Publication.PUBLISHED ? publishAt : null;
    }

    public boolean isPublicAt(Instant now) {
        return publication == Publication.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    public Publication publication() {
        return publication;
    }

    public @Nullable Instant publishAt() {
        return publishAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable String updatedBy() {
        return updatedBy;
    }
}
