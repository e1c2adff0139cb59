package org.neighbourhood.forums.series;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** A forum that meets again and again, such as the bi-monthly community leaders forum. */
@Indexed(index = "forum")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "published,texts")))
@Entity
class ForumSeries implements Searchable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;
    private boolean published;

    /** What it says, by language tag; only the languages someone wrote in. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_series_text", joinColumns = @JoinColumn(name = "series_id"))
    @MapKeyColumn(name = "language")
    @BatchSize(size = 50)
    private Map<String, SeriesText> texts = new HashMap<>();

    /** Ids of the facilitators' accounts; ids rather than entities keep this feature above security. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_series_facilitator", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "user_id")
    private Set<Long> facilitatorIds = new LinkedHashSet<>();

    /** Its sessions, for the search alone: a series unpublished takes its sessions out of the results. */
    @jakarta.persistence.OneToMany(mappedBy = "series")
    private java.util.Set<ForumSession> sessions = new LinkedHashSet<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ForumSeries() {
        this.slug = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    ForumSeries(String slug, Instant now) {
        this();
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(SeriesContent content, Instant now) {
        texts.clear();
        texts.putAll(content.texts());
        this.published = content.published();
        this.updatedAt = now;
    }

    void assignFacilitators(Set<Long> ids, Instant now) {
        facilitatorIds.clear();
        facilitatorIds.addAll(ids);
        this.updatedAt = now;
    }

    SeriesContent content() {
        return new SeriesContent(texts, published);
    }

    long getId() {
        return id == null ? 0 : id;
    }

    String getSlug() {
        return slug;
    }

    boolean isPublished() {
        return published;
    }

    Set<Long> getFacilitatorIds() {
        return Set.copyOf(facilitatorIds);
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Its name, summary and description, once published; never who facilitates it. */
    @Override
    public SearchEntry searchEntry() {
        var found = new HashMap<String, SearchText>();
        texts.forEach((language, text) -> found.put(language, SearchText.markdown(text.name(),
                java.util.stream.Stream.of(text.summary(), text.description()).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.joining("\n\n")))));
        return new SearchEntry(SearchTypes.FORUM, java.util.Objects.requireNonNull(id), slug, java.util.Set.of(),
                published ? Instant.EPOCH : null, null, null, found);
    }
}
