package org.neighbourhood.priorities;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;
import org.jspecify.annotations.Nullable;

/** A neighbourhood's priority, with its text in each language it is written in. */
@Entity
class Priority implements Publishable {

    static final int ISSUE_MAX = 1000;
    static final int ACTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "priority_text", joinColumns = @JoinColumn(name = "priority_id"))
    @MapKeyColumn(name = "language")
    private Map<String, PriorityText> texts = new HashMap<>();
    private LocalDate issueDate;
    private @Nullable LocalDate actionDate;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status;
    @Embedded
    private Lifecycle lifecycle;
    @Version
    private long version;

    protected Priority() {
        this.issueDate = LocalDate.EPOCH;
        this.status = PriorityStatus.OPEN;
        this.lifecycle = new Lifecycle(Instant.EPOCH);
    }

    Priority(long neighbourhoodId, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.lifecycle = new Lifecycle(now);
    }

    void edit(PriorityContent content) {
        texts.clear();
        texts.putAll(content.texts());
        this.issueDate = content.issueDate();
        this.actionDate = content.actionDate();
        this.status = content.status();
    }

    PriorityContent content() {
        return new PriorityContent(new TreeMap<>(texts), issueDate, actionDate, status);
    }

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
        return this == other || other instanceof Priority that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Priority.class.hashCode();
    }
}
