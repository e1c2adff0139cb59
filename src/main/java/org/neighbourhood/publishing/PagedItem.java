package org.neighbourhood.publishing;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * A team item with a public page of its own, such as an event: its address under its content type's listing,
 * made once from its first headline and kept when the headline changes, so that links to it keep working.
 */
@MappedSuperclass
public abstract class PagedItem<C> extends TeamItem<C> {

    private String slug;

    protected PagedItem() {
        this.slug = "";
    }

    /** A new draft of the neighbourhood at that address, created now. */
    protected PagedItem(long neighbourhoodId, String slug, Instant now) {
        super(neighbourhoodId, now);
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }
}
