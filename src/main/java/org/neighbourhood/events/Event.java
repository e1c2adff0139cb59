package org.neighbourhood.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Publication;

/** An event with its English text and, where written, its Polish text. */
@Entity
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    private String slug;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private EventType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_format")
    private EventFormat format;
    private String title;
    private @Nullable String titlePl;
    private @Nullable String description;
    private @Nullable String descriptionPl;
    private @Nullable String venueName;
    private @Nullable String venueAddress;
    private @Nullable String accessibilityNotes;
    private @Nullable String onlineUrl;
    private Instant startsAt;
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private Publication publication;
    private @Nullable Instant publishAt;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    protected Event() {
        this.slug = "";
        this.type = EventType.OTHER;
        this.format = EventFormat.IN_PERSON;
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.publication = Publication.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Event(long neighbourhoodId, String slug, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(EventContent c, Instant now, @Nullable String by) {
        type = c.type();
        format = c.format();
        title = c.title();
        titlePl = c.titlePl();
        description = c.description();
        descriptionPl = c.descriptionPl();
        venueName = c.venueName();
        venueAddress = c.venueAddress();
        accessibilityNotes = c.accessibilityNotes();
        onlineUrl = c.onlineUrl();
        startsAt = c.startsAt();
        endsAt = c.endsAt();
        touch(now, by);
    }

    EventContent content() {
        return new EventContent(type, format, title, titlePl, description, descriptionPl, venueName, venueAddress,
                accessibilityNotes, onlineUrl, startsAt, endsAt);
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

    private void touch(Instant now, @Nullable String by) {
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

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Event that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Event.class.hashCode();
    }
}
