package org.neighbourhood.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An audit log line as the back office shows it. */
public record AuditEntry(Instant occurredAt, @Nullable String actor, String action, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable String details, @Nullable String clientAddress) {
}
