package org.neighbourhood.forums.series;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
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

/** One meeting of a forum series. */
@Indexed(index = "forum-session")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "texts,published,startsAt,slug,series.published,series.slug")))
@Entity
class ForumSession implements Searchable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "series_id")
    private long seriesId;
    /** The same column as {@link #seriesId}, read only: for the search entry, which needs the series' state. */
    @jakarta.persistence.ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id", insertable = false, updatable = false)
    private @Nullable ForumSeries series;
    private String slug;

    /** Its title and description, by language tag; only the languages someone wrote in. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_session_text", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "language")
    @BatchSize(size = 50)
    private Map<String, SessionText> texts = new HashMap<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "session_format")
    private SessionFormat format;
    private @Nullable String venueName;
    private @Nullable String venueAddress;
    private @Nullable String accessibilityNotes;
    private @Nullable String onlineUrl;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;
    private @Nullable String chairs;
    private boolean listeningCircle;
    private boolean published;
    private boolean agendaPublished;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ForumSession() {
        this.slug = "";
        this.format = SessionFormat.IN_PERSON;
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    ForumSession(ForumSeries series, String slug, Instant now) {
        this();
        this.seriesId = series.getId();
        this.series = series;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(SessionContent c, Instant now) {
        texts.clear();
        texts.putAll(c.texts());
        this.format = c.format();
        this.venueName = c.venueName();
        this.venueAddress = c.venueAddress();
        this.accessibilityNotes = c.accessibilityNotes();
        this.onlineUrl = c.onlineUrl();
        this.startsAt = c.startsAt();
        this.endsAt = c.endsAt();
        this.capacity = c.capacity();
        this.chairs = c.chairs();
        this.listeningCircle = c.listeningCircle();
        this.published = c.published();
        this.updatedAt = now;
    }

    void publishAgenda(boolean published, Instant now) {
        this.agendaPublished = published;
        this.updatedAt = now;
    }

    SessionContent content() {
        return new SessionContent(texts, format, venueName, venueAddress,
                accessibilityNotes, onlineUrl, startsAt, endsAt, capacity, chairs, listeningCircle, published);
    }

    /** Sign-ups, topics and support are taken until the session starts. */
    boolean isOpenAt(Instant now) {
        return now.isBefore(startsAt);
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getSeriesId() {
        return seriesId;
    }

    String getSlug() {
        return slug;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    int getCapacity() {
        return capacity;
    }

    boolean isListeningCircle() {
        return listeningCircle;
    }

    boolean isPublished() {
        return published;
    }

    boolean isAgendaPublished() {
        return agendaPublished;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Its title and description while it and its series are published; never its venue, online link or chairs,
     * which its page gives only to those it is meant for.
     */
    @Override
    public SearchEntry searchEntry() {
        var found = new HashMap<String, SearchText>();
        texts.forEach((language, text) -> found.put(language, SearchText.markdown(text.title(), text.description())));
        boolean visible = published && series != null && series.isPublished();
        return new SearchEntry(SearchTypes.FORUM, java.util.Objects.requireNonNull(id),
                series == null ? slug : series.getSlug() + "/" + slug, java.util.Set.of(),
                visible ? Instant.EPOCH : null, startsAt, null, found);
    }
}
