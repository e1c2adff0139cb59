package org.neighbourhood.security;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log. Services record each back-office change inside the transaction that makes it, so a change
 * and its audit line are stored together or not at all.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    AuditLog(AuditEventRepository events, SecurityContextHolderStrategy securityContext, Clock clock) {
        this.events = events;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** Records a change by the signed-in user, such as {@code ("priority.published", "priority", "42", "…")}. */
    @Transactional
    public void record(String action, String subjectType, String subjectId, @Nullable String details) {
        events.save(new AuditEvent(clock.instant(), currentActor(), action, subjectType, subjectId, details,
                clientAddress()));
    }

    @Transactional
    void recordSignIn(String username, String action, @Nullable String reason, @Nullable String address) {
        events.save(new AuditEvent(clock.instant(), username, action, "account", username, reason, address));
    }

    /**
     * Records something done to an account by someone not signed in, such as a "forgot password" request,
     * in the account's name.
     */
    @Transactional
    void recordFor(String username, String action, @Nullable String details) {
        events.save(new AuditEvent(clock.instant(), username, action, "account", username, details,
                clientAddress()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> find(int offset, int limit) {
        int size = Math.max(1, limit);
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(offset / size, size)).stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    /**
     * The changes recorded for one thing, newest first: its revision history. Callers check first that the
     * signed-in user may see that thing.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String subjectType, String subjectId) {
        return events.findBySubjectTypeAndSubjectIdOrderByOccurredAtDescIdDesc(subjectType, subjectId).stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return events.count();
    }

    private @Nullable String currentActor() {
        var authentication = securityContext.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    static @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? addressOf(attributes.getRequest()) : null;
    }

    static String addressOf(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
