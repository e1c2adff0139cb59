package org.neighbourhood.forums.agenda;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A topic for a session's agenda, proposed by an attendee or the chairs, and the attendees supporting it. */
@Entity
@Table(name = "forum_topic")
class Topic {

    static final int TITLE_MAX = 200;
    static final int DETAILS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long sessionId;
    private @Nullable Long proposedBy;
    private String title;
    private @Nullable String details;
    @Enumerated(EnumType.STRING)
    private TopicStatus status;
    private @Nullable Integer agendaPosition;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_topic_support", joinColumns = @JoinColumn(name = "topic_id"))
    @Column(name = "registration_id")
    private Set<Long> supporters = new LinkedHashSet<>();

    protected Topic() {
        this.title = "";
        this.status = TopicStatus.PROPOSED;
        this.createdAt = Instant.EPOCH;
    }

    Topic(long sessionId, @Nullable Long proposedBy, String title, @Nullable String details, Instant now) {
        this();
        this.sessionId = sessionId;
        this.proposedBy = proposedBy;
        this.title = title;
        this.details = details;
        this.createdAt = now;
    }

    /** Adds or withdraws a person's support; true when they support it afterwards. */
    boolean toggleSupport(long registrationId) {
        if (supporters.remove(registrationId)) {
            return false;
        }
        supporters.add(registrationId);
        return true;
    }

    void place(TopicStatus status, @Nullable Integer position) {
        this.status = status;
        this.agendaPosition = status == TopicStatus.ON_AGENDA ? position : null;
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getSessionId() {
        return sessionId;
    }

    @Nullable Long getProposedBy() {
        return proposedBy;
    }

    String getTitle() {
        return title;
    }

    @Nullable String getDetails() {
        return details;
    }

    TopicStatus getStatus() {
        return status;
    }

    @Nullable Integer getAgendaPosition() {
        return agendaPosition;
    }

    Set<Long> getSupporters() {
        return Set.copyOf(supporters);
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
