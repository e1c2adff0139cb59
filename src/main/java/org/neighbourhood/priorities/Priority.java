package org.neighbourhood.priorities;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.neighbourhood.base.Lifecycle;
import org.neighbourhood.base.Publishable;
import org.jspecify.annotations.Nullable;

/** A neighbourhood's priority with its English text and, where written, its Polish text. */
@Entity
class Priority implements Publishable {

    static final int ISSUE_MAX = 1000;
    static final int ACTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    private String issue;
    private @Nullable String issuePl;
    private LocalDate issueDate;
    @Column(name = "action_text")
    private @Nullable String action;
    private @Nullable String actionPl;
    private @Nullable LocalDate actionDate;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status;
    @Embedded
    private Lifecycle lifecycle;
    @Version
    private long version;

    protected Priority() {
        this.issue = "";
        this.issueDate = LocalDate.EPOCH;
        this.status = PriorityStatus.OPEN;
        this.lifecycle = new Lifecycle(Instant.EPOCH);
    }

    Priority(long neighbourhoodId, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.lifecycle = new Lifecycle(now);
    }

    void edit(PriorityContent content, Instant now, @Nullable String by) {
        this.issue = content.issue();
        this.issuePl = content.issuePl();
        this.issueDate = content.issueDate();
        this.action = content.action();
        this.actionPl = content.actionPl();
        this.actionDate = content.actionDate();
        this.status = content.status();
        lifecycle.touch(now, by);
    }

    PriorityContent content() {
        return new PriorityContent(issue, issuePl, issueDate, action, actionPl, actionDate, status);
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
