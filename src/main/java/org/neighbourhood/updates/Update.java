package org.neighbourhood.updates;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;

/** An update with its English text and, where written, its Polish text. "Update" is a query keyword: named apart. */
@Entity(name = "TeamUpdate")
@Table(name = "team_update")
class Update implements Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    private String slug;
    private String title;
    private @Nullable String titlePl;
    private String bodyMarkdown;
    private @Nullable String bodyMarkdownPl;
    @Embedded
    private Lifecycle lifecycle;
    @Version
    private long version;

    protected Update() {
        this.slug = "";
        this.title = "";
        this.bodyMarkdown = "";
        this.lifecycle = new Lifecycle(Instant.EPOCH);
    }

    Update(long neighbourhoodId, String slug, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.slug = slug;
        this.lifecycle = new Lifecycle(now);
    }

    void edit(UpdateContent c, Instant now, @Nullable String by) {
        title = c.title();
        titlePl = c.titlePl();
        bodyMarkdown = c.bodyMarkdown();
        bodyMarkdownPl = c.bodyMarkdownPl();
        lifecycle.touch(now, by);
    }

    UpdateContent content() {
        return new UpdateContent(title, titlePl, bodyMarkdown, bodyMarkdownPl);
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
