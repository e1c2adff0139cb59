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
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.neighbourhood.publishing.PagedItem;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.neighbourhood.base.search.SearchDocumentBinder;
import org.neighbourhood.base.search.SearchEntry;
import org.neighbourhood.base.search.SearchText;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.search.Searchable;

/** An event, with its text in each language it is written in. */
@Indexed(index = "event")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "texts,startsAt,lifecycle.publication,lifecycle.publishAt")))
@Entity
class Event extends PagedItem<EventContent> implements Searchable {

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private EventType type = EventType.OTHER;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_format")
    private EventFormat format = EventFormat.IN_PERSON;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "event_text", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "language")
    private Map<String, EventText> texts = new HashMap<>();
    private @Nullable String venueName;
    private @Nullable String venueAddress;
    private @Nullable String onlineUrl;
    private Instant startsAt = Instant.EPOCH;
    private Instant endsAt = Instant.EPOCH;

    protected Event() {
    }

    Event(long neighbourhoodId, String slug, Instant now) {
        super(neighbourhoodId, slug, now);
    }

    @Override
    protected void edit(EventContent c) {
        type = c.type();
        format = c.format();
        texts.clear();
        texts.putAll(c.texts());
        venueName = c.venueName();
        venueAddress = c.venueAddress();
        onlineUrl = c.onlineUrl();
        startsAt = c.startsAt();
        endsAt = c.endsAt();
    }

    @Override
    protected EventContent content() {
        return new EventContent(new TreeMap<>(texts), type, format, venueName, venueAddress, onlineUrl, startsAt, endsAt);
    }

    /** Its title and description; never the online link, which its page keeps to those who take part. */
    @Override
    public SearchEntry searchEntry() {
        var found = new HashMap<String, SearchText>();
        texts.forEach((language, text) -> found.put(language, SearchText.markdown(text.title(), text.description())));
        return new SearchEntry(SearchTypes.EVENT, java.util.Objects.requireNonNull(getId()), getSlug(),
                java.util.Set.of(getNeighbourhoodId()), getLifecycle().publicFrom(), startsAt, null, found);
    }
}
