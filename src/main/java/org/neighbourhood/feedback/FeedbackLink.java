package org.neighbourhood.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A resident's private link to one item, kept only as the hash of its token. */
@Entity
@Table(name = "feedback_link")
class FeedbackLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long feedbackId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant createdAt;

    protected FeedbackLink() {
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    FeedbackLink(long feedbackId, String tokenHash, Instant expiresAt, Instant now) {
        this.feedbackId = feedbackId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    long getFeedbackId() {
        return feedbackId;
    }
}
