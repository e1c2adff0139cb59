package org.neighbourhood.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;

/** An event, with its text in each language it is written in. */
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
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "event_text", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "language")
    private Map<String, EventText> texts = new HashMap<>();
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

    void edit(EventContent c) {
        type = c.type();
        format = c.format();
        texts.clear();
        texts.putAll(c.texts());
        venueName = c.venueName();
        venueAddress = c.venueAddress();
        accessibilityNotes = c.accessibilityNotes();
        onlineUrl = c.onlineUrl();
        startsAt = c.startsAt();
        endsAt = c.endsAt();
    }

    EventContent content() {
        return new EventContent(new TreeMap<>(texts), type, format, venueName, venueAddress,
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
