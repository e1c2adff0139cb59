package org.neighbourhood.forums.after;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** What an attendee says after a session; anonymous feedback keeps no link to the person. */
@Entity
@Table(name = "forum_feedback")
class Feedback {

    static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long sessionId;
    private @Nullable Long registrationId;
    private String body;
    private Instant createdAt;

    protected Feedback() {
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    Feedback(long sessionId, @Nullable Long registrationId, String body, Instant now) {
        this.sessionId = sessionId;
        this.registrationId = registrationId;
        this.body = body;
        this.createdAt = now;
    }

    long getId() {
        return id == null ? 0 : id;
    }

    @Nullable Long getRegistrationId() {
        return registrationId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
