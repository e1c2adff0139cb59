package org.neighbourhood.forums.after;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A follow-up from a session: what the community said, what the police do about it, who, by when. */
@Entity
class ForumAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long sessionId;
    private String said;
    private String did;
    private String owner;
    private @Nullable LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private boolean published;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ForumAction() {
        this.said = "";
        this.did = "";
        this.owner = "";
        this.status = ActionStatus.OPEN;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    ForumAction(long sessionId, Instant now) {
        this();
        this.sessionId = sessionId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(ActionContent c, Instant now) {
        this.said = c.said();
        this.did = c.did();
        this.owner = c.owner();
        this.dueDate = c.dueDate();
        this.status = c.status();
        this.published = c.published();
        this.updatedAt = now;
    }

    ActionContent content() {
        return new ActionContent(said, did, owner, dueDate, status, published);
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getSessionId() {
        return sessionId;
    }

    boolean isPublished() {
        return published;
    }

    ActionStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
