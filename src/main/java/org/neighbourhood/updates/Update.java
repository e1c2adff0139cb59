package org.neighbourhood.updates;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Publication;

/** An update with its English text and, where written, its Polish text. "Update" is a query keyword: named apart. */
@Entity(name = "TeamUpdate")
@Table(name = "team_update")
class Update {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    private String slug;
    private String title;
    private @Nullable String titlePl;
    private String bodyMarkdown;
    private @Nullable String bodyMarkdownPl;
    @Enumerated(EnumType.STRING)
    private Publication publication;
    private @Nullable Instant publishAt;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    protected Update() {
        this.slug = "";
        this.title = "";
        this.bodyMarkdown = "";
        this.publication = Publication.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Update(long neighbourhoodId, String slug, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(UpdateContent c, Instant now, @Nullable String by) {
        title = c.title();
        titlePl = c.titlePl();
        bodyMarkdown = c.bodyMarkdown();
        bodyMarkdownPl = c.bodyMarkdownPl();
        touch(now, by);
    }

    UpdateContent content() {
        return new UpdateContent(title, titlePl, bodyMarkdown, bodyMarkdownPl);
    }

    void publish(Instant at, Instant now, @Nullable String by) {
        publication = Publication.PUBLISHED;
        publishAt = at;
        touch(now, by);
    }

    void unpublish(Instant now, @Nullable String by) {
        publication = Publication.UNPUBLISHED;
        touch(now, by);
    }

    void touch(Instant now, @Nullable String by) {
        updatedAt = now;
        updatedBy = by;
    }

    boolean isPublicAt(Instant now) {
        return publication == Publication.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    @Nullable Long getId() {
        return id;
    }

    long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    String getSlug() {
        return slug;
    }

    Publication getPublication() {
        return publication;
    }

    @Nullable Instant getPublishAt() {
        return publishAt;
    }

    long getVersion() {
        return version;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Update that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Update.class.hashCode();
    }
}
