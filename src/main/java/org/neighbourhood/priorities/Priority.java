package org.neighbourhood.priorities;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.neighbourhood.base.Publication;
import org.jspecify.annotations.Nullable;

/** A neighbourhood's priority with its English text and, where written, its Polish text. */
@Entity
class Priority {

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
    @Enumerated(EnumType.STRING)
    private Publication publication;
    private @Nullable Instant publishAt;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    protected Priority() {
        this.issue = "";
        this.issueDate = LocalDate.EPOCH;
        this.status = PriorityStatus.OPEN;
        this.publication = Publication.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Priority(long neighbourhoodId, Instant now) {
        this();
        this.neighbourhoodId = neighbourhoodId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(PriorityContent content, Instant now, @Nullable String by) {
        this.issue = content.issue();
        this.issuePl = content.issuePl();
        this.issueDate = content.issueDate();
        this.action = content.action();
        this.actionPl = content.actionPl();
        this.actionDate = content.actionDate();
        this.status = content.status();
        touch(now, by);
    }

    void publish(Instant at, Instant now, @Nullable String by) {
        this.publication = Publication.PUBLISHED;
        this.publishAt = at;
        touch(now, by);
    }

    void unpublish(Instant now, @Nullable String by) {
        this.publication = Publication.UNPUBLISHED;
        touch(now, by);
    }

    private void touch(Instant now, @Nullable String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    boolean isPublicAt(Instant now) {
        return publication == Publication.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    PriorityContent content() {
        return new PriorityContent(issue, issuePl, issueDate, action, actionPl, actionDate, status);
    }

    @Nullable Long getId() {
        return id;
    }

    long getNeighbourhoodId() {
        return neighbourhoodId;
    }

    Publication getPublication() {
        return publication;
    }

    @Nullable Instant getPublishAt() {
        return publishAt;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Nullable String getUpdatedBy() {
        return updatedBy;
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
