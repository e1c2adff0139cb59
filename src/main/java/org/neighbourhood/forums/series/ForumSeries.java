package org.neighbourhood.forums.series;

import java.time.Instant;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A forum that meets again and again, such as the bi-monthly community leaders forum. */
@Entity
class ForumSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String slug;
    private String name;
    private @Nullable String namePl;
    private String summary;
    private @Nullable String summaryPl;
    private @Nullable String description;
    private @Nullable String descriptionPl;
    private @Nullable String cadence;
    private @Nullable String cadencePl;
    private boolean published;

    /** Ids of the facilitators' accounts; ids rather than entities keep this feature above security. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_series_facilitator", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "user_id")
    private Set<Long> facilitatorIds = new LinkedHashSet<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ForumSeries() {
        this.slug = "";
        this.name = "";
        this.summary = "";
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
        this.name = content.name();
        this.namePl = content.namePl();
        this.summary = content.summary();
        this.summaryPl = content.summaryPl();
        this.description = content.description();
        this.descriptionPl = content.descriptionPl();
        this.cadence = content.cadence();
        this.cadencePl = content.cadencePl();
        this.published = content.published();
        this.updatedAt = now;
    }

    void assignFacilitators(Set<Long> ids, Instant now) {
        facilitatorIds.clear();
        facilitatorIds.addAll(ids);
        this.updatedAt = now;
    }

    SeriesContent content() {
        return new SeriesContent(name, namePl, summary, summaryPl, description, descriptionPl, cadence, cadencePl,
                published);
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
}
