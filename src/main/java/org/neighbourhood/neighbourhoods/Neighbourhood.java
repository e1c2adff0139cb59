package org.neighbourhood.neighbourhoods;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

/** A neighbourhood and its team's public contact details; its boundary is stored as WKT in WGS 84. */
@Indexed(index = "neighbourhood")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "name,texts")))
@Entity
public class Neighbourhood implements Searchable {

    public static final int SLUG_MAX = 80;
    public static final int NAME_MAX = 120;
    public static final int SUMMARY_MAX = 1000;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    /** The public description by language tag such as {@code en}: only the languages it is written in. */
    @ElementCollection
    @CollectionTable(name = "neighbourhood_text", joinColumns = @JoinColumn(name = "neighbourhood_id"))
    @MapKeyColumn(name = "language")
    private Map<String, @Valid NeighbourhoodText> texts = new HashMap<>();

    @Email
    @Size(max = EMAIL_MAX)
    private @Nullable String email;

    @Size(max = PHONE_MAX)
    private @Nullable String phone;

    @ElementCollection
    @CollectionTable(name = "neighbourhood_link", joinColumns = @JoinColumn(name = "neighbourhood_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @Column(name = "boundary")
    private @Nullable String boundaryWkt;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected Neighbourhood() {
        this.slug = "";
        this.name = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Neighbourhood(String slug, String name, Instant now) {
        this.slug = slug;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    void setName(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    /** The description in each language it is written in; a blank one is dropped rather than kept. */
    Map<String, NeighbourhoodText> getTexts() {
        return NeighbourhoodText.written(texts);
    }

    /** Replaces the description in one language only, keeping its translations; a blank one removes it. */
    void describe(String language, @Nullable String summary, Instant now) {
        var changed = new HashMap<>(texts);
        changed.put(language, new NeighbourhoodText(summary));
        this.texts.clear();
        this.texts.putAll(NeighbourhoodText.written(changed));
        this.updatedAt = now;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public List<Link> getLinks() {
        return List.copyOf(links);
    }

    /** Replaces the description in every language: those not given are removed. */
    void describe(Map<String, NeighbourhoodText> written, Instant now) {
        this.texts.clear();
        this.texts.putAll(NeighbourhoodText.written(written));
        this.updatedAt = now;
    }

    /** The links are replaced, not added to. */
    void setContact(@Nullable String email, @Nullable String phone, List<Link> links, Instant now) {
        this.email = email;
        this.phone = phone;
        this.links.clear();
        this.links.addAll(links);
        this.updatedAt = now;
    }

    @Nullable String getBoundaryWkt() {
        return boundaryWkt;
    }

    void setBoundaryWkt(String boundaryWkt, Instant now) {
        this.boundaryWkt = boundaryWkt;
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Neighbourhood that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Neighbourhood.class.hashCode();
    }

    /** A labelled link to the team elsewhere: a social media account or a page on the force's site. */
    @Embeddable
    public record Link(@NotBlank @Size(max = 80) String label, @NotBlank @Size(max = 500) String url) {
    }

    /** Its name in every language, and its description where written; always public. */
    @Override
    public SearchEntry searchEntry() {
        var found = new HashMap<String, SearchText>();
        getTexts().forEach((language, text) -> found.put(language, SearchText.plain(null, text.summary())));
        long own = java.util.Objects.requireNonNull(id);
        return new SearchEntry(SearchTypes.NEIGHBOURHOOD, own, slug, java.util.Set.of(own), Instant.EPOCH, null,
                name, found);
    }
}
