package org.neighbourhood.officers;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.neighbourhoods.Neighbourhood;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.neighbourhood.base.search.SearchDocumentBinder;
import org.neighbourhood.base.search.SearchEntry;
import org.neighbourhood.base.search.SearchText;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.search.Searchable;

/** A member of a neighbourhood team as the public sees them. Never holds a personal phone number. */
@Indexed(index = "officer")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "name,texts,neighbourhoods")))
@Entity
public class Officer implements Searchable {

    public static final int SLUG_MAX = 80;
    public static final int NAME_MAX = 120;
    public static final int ROLE_MAX = 120;
    public static final int TEAM_MAX = 120;
    public static final int BIO_MAX = 4000;
    public static final int PHOTO_ALT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "officer_rank")
    private Rank rank;

    @NotBlank
    @Size(max = TEAM_MAX)
    private String teamName;

    /** Their role and why they do the job, by language tag such as {@code en}: only the languages written in. */
    @ElementCollection
    @CollectionTable(name = "officer_text", joinColumns = @JoinColumn(name = "officer_id"))
    @MapKeyColumn(name = "language")
    private Map<String, @Valid OfficerText> texts = new HashMap<>();

    @Size(max = PHOTO_ALT_MAX)
    private @Nullable String photoAlt;

    @ManyToMany
    @JoinTable(name = "officer_neighbourhood", joinColumns = @JoinColumn(name = "officer_id"),
            inverseJoinColumns = @JoinColumn(name = "neighbourhood_id"))
    private Set<Neighbourhood> neighbourhoods = new LinkedHashSet<>();

    /** ISO 639 codes of the languages the officer speaks, such as {@code pl}. */
    @ElementCollection
    @CollectionTable(name = "officer_language", joinColumns = @JoinColumn(name = "officer_id"))
    @Column(name = "language")
    private Set<String> languages = new LinkedHashSet<>();

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected Officer() {
        this.slug = "";
        this.name = "";
        this.rank = Rank.CONSTABLE;
        this.teamName = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Officer(String slug, String name, Rank rank, String teamName, Instant now) {
        this.slug = slug;
        this.name = name;
        this.rank = rank;
        this.teamName = teamName;
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

    public Rank getRank() {
        return rank;
    }

    public String getTeamName() {
        return teamName;
    }

    /** The role and story in each language written in; a blank one is dropped rather than kept. */
    Map<String, OfficerText> getTexts() {
        return OfficerText.written(texts);
    }

    void write(Map<String, OfficerText> written, Instant now) {
        this.texts.clear();
        this.texts.putAll(OfficerText.written(written));
        this.updatedAt = now;
    }

    /** Takes the back office's changes; the texts and languages are replaced, not added to. */
    void edit(OfficerDetails details, Instant now) {
        this.teamName = details.teamName();
        write(details.texts(), now);
        this.languages.clear();
        this.languages.addAll(details.languages());
    }

    OfficerDetails details() {
        return new OfficerDetails(teamName, getTexts(), languages.stream().sorted().toList());
    }

    public @Nullable String getPhotoAlt() {
        return photoAlt;
    }

    void setPhotoAlt(@Nullable String photoAlt, Instant now) {
        this.photoAlt = photoAlt;
        this.updatedAt = now;
    }

    Set<Neighbourhood> getNeighbourhoods() {
        return neighbourhoods;
    }

    Set<String> getLanguages() {
        return languages;
    }

    long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Officer that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Officer.class.hashCode();
    }

    /** Their name in every language, their role and why they do the job where written; always public. */
    @Override
    public SearchEntry searchEntry() {
        var found = new java.util.HashMap<String, SearchText>();
        texts.forEach((language, text) -> found.put(language, SearchText.markdown(null,
                java.util.stream.Stream.of(text.role(), text.bio()).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.joining("\n\n")))));
        var ids = neighbourhoods.stream().map(Neighbourhood::getId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return new SearchEntry(SearchTypes.OFFICER, java.util.Objects.requireNonNull(id), slug, ids, Instant.EPOCH,
                null, name, found);
    }
}
