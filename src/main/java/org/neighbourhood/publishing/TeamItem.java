package org.neighbourhood.publishing;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;

/**
 * What every team item's entity holds besides its content: its id, its neighbourhood, where it stands with the
 * public and who touched it last ({@link Lifecycle}), and the version optimistic locking checks.
 */
@MappedSuperclass
public abstract class TeamItem<C> implements Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    @Embedded
    private Lifecycle lifecycle;
    @Version
    private long version;

    protected TeamItem() {
        this.lifecycle = new Lifecycle(Instant.EPOCH);
    }

    /** A new draft of the neighbourhood, created now. */
    protected TeamItem(long neighbourhoodId, Instant now) {
        this.neighbourhoodId = neighbourhoodId;
        this.lifecycle = new Lifecycle(now);
    }

    /** What its editors wrote, as a record of its own, copied out of the entity. */
    protected abstract C content();

    /** Takes what its editors wrote; the pipeline notes who changed it and when. */
    protected abstract void edit(C content);

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public long getNeighbourhoodId() {
        return neighbourhoodId;
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
        return this == other || other != null && other.getClass() == getClass() && id != null
                && id.equals(((TeamItem<?>) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
