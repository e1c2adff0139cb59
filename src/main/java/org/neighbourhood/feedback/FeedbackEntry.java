package org.neighbourhood.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One step of an item's conversation after its first message. */
@Entity
@Table(name = "feedback_entry")
class FeedbackEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long feedbackId;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    private String body;
    /** The team member who wrote it; null for the resident and for escalations. */
    private @Nullable Long authorId;
    private @Nullable String authorName;
    private Instant createdAt;

    protected FeedbackEntry() {
        this.kind = EntryKind.NOTE;
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    FeedbackEntry(long feedbackId, EntryKind kind, String body, @Nullable Long authorId, @Nullable String authorName,
            Instant createdAt) {
        this.feedbackId = feedbackId;
        this.kind = kind;
        this.body = body;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    void erase() {
        body = "";
    }

    EntryKind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }

    @Nullable String getAuthorName() {
        return authorName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FeedbackEntry that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return FeedbackEntry.class.hashCode();
    }
}
