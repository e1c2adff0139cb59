package org.neighbourhood.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** One line of the audit log: who did what to which thing, when, and from where. Never changed. */
@Entity
class AuditEvent {

    static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant occurredAt;
    private @Nullable String actor;
    private String action;
    private @Nullable String subjectType;
    private @Nullable String subjectId;
    private @Nullable String details;
    private @Nullable String clientAddress;

    protected AuditEvent() {
        this.occurredAt = Instant.EPOCH;
        this.action = "";
    }

    AuditEvent(Instant occurredAt, @Nullable String actor, String action, @Nullable String subjectType,
            @Nullable String subjectId, @Nullable String details, @Nullable String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= DETAILS_MAX ? details
                : details.substring(0, DETAILS_MAX - 1) + "…";
        this.clientAddress = clientAddress;
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, action, subjectType, subjectId, details, clientAddress);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AuditEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return AuditEvent.class.hashCode();
    }
}
