package org.neighbourhood.updates;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;

/** An update, with its text in each language it is written in. "Update" is a query keyword: named apart. */
@Entity(name = "TeamUpdate")
@Table(name = "team_update")
class Update implements Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    private String slug;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "team_update_text", joinColumns = @JoinColumn(name = "update_id"))
    @MapKeyColumn(name = "language")
    private Map<String, UpdateText> texts = new HashMap<>();
    @Embedded
    private Lifecycle lifecycle;
    @Version
    private long version;

    protected Update() {
        this.slug = "";
        this.lifecycle = new Lifecycle(Instant.EPOCH);
    }

    Update(long neighbourhoodId, String slug, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.slug = slug;
        this.lifecycle = new Lifecycle(now);
    }

    void edit(UpdateContent c) {
        texts.clear();
        texts.putAll(c.texts());
    }

    UpdateContent content() {
        return new UpdateContent(new TreeMap<>(texts));
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
        return this == other || other instanceof Update that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Update.class.hashCode();
    }
}
