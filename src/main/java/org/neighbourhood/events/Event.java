package org.neighbourhood.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;

/** An event with its English text and, where written, its Polish text. */
@Entity
class Event implements Publishable {

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
    @Embedded
    private Lifecycle lifecycle;
    @Version
    private long version;

    protected Event() {
        this.slug = "";
        this.type = EventType.OTHER;
        this.format = EventFormat.IN_PERSON;
        this.title = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.lifecycle = new Lifecycle(Instant.EPOCH);
    }

    Event(long neighbourhoodId, String slug, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.slug = slug;
        this.lifecycle = new Lifecycle(now);
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
        lifecycle.touch(now, by);
    }

    EventContent content() {
        return new EventContent(type, format, title, titlePl, description, descriptionPl, venueName, venueAddress,
                accessibilityNotes, onlineUrl, startsAt, endsAt);
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    String getSlug() {
        return slug;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public Lifecycle getLifecycle() {
        return lifecycle;
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
