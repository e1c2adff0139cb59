package org.neighbourhood.officers;

import java.time.Instant;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.neighbourhoods.Neighbourhood;

/** A member of a neighbourhood team as the public sees them. Never holds a personal phone number. */
@Entity
public class Officer {

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
    @Size(max = ROLE_MAX)
    @Column(name = "role_title")
    private String role;

    @NotBlank
    @Size(max = TEAM_MAX)
    private String teamName;

    @Size(max = BIO_MAX)
    private @Nullable String bio;

    @Size(max = BIO_MAX)
    private @Nullable String bioPl;

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
        this.role = "";
        this.teamName = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Officer(String slug, String name, Rank rank, String role, String teamName, Instant now) {
        this.slug = slug;
        this.name = name;
        this.rank = rank;
        this.role = role;
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

    public String getRole() {
        return role;
    }

    public String getTeamName() {
        return teamName;
    }

    public @Nullable String getBio() {
        return bio;
    }

    void setBio(@Nullable String bio, Instant now) {
        this.bio = bio;
        this.updatedAt = now;
    }

    public @Nullable String getBioPl() {
        return bioPl;
    }

    /** Takes the back office's changes; the languages are replaced, not added to. */
    void edit(OfficerDetails details, Instant now) {
        this.role = details.role();
        this.teamName = details.teamName();
        this.bio = details.bio();
        this.bioPl = details.bioPl();
        this.languages.clear();
        this.languages.addAll(details.languages());
        this.updatedAt = now;
    }

    OfficerDetails details() {
        return new OfficerDetails(role, teamName, bio, bioPl, languages.stream().sorted().toList());
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
}
