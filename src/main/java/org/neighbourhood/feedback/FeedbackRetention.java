package org.neighbourhood.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import org.neighbourhood.base.Zones;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.Permissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the promise made to people who send feedback: a period after an item is closed (twelve months unless
 * configured otherwise), their name, email address and every word of the conversation are erased and their
 * links stop working. What it was about, where, and when it came, was answered, escalated and closed stay, so
 * the figures of past periods do not change.
 */
@Service
public class FeedbackRetention {

    private final FeedbackItemRepository items;
    private final FeedbackEntryRepository entries;
    private final FeedbackLinkRepository links;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Clock clock;
    private final Period retention;

    FeedbackRetention(FeedbackItemRepository items, FeedbackEntryRepository entries, FeedbackLinkRepository links,
            Permissions permissions, AuditLog audit, Clock clock,
            @Value("${neighbourhood.feedback.retention:P12M}") Period retention) {
        this.items = items;
        this.entries = entries;
        this.links = links;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Erases what is held past the retention period; returns how many items. Only the portal's own schedule or
     * an administrator erases, for every neighbourhood at once.
     */
    @Transactional
    public int eraseExpired() {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Only administrators erase feedback");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant cutoff = now.atZone(Zones.LONDON).minus(retention).toInstant();
        var due = items.closedBeforeAndNotErased(cutoff);
        if (due.isEmpty()) {
            return 0;
        }
        var ids = due.stream().map(FeedbackItem::getId).toList();
        due.forEach(item -> item.erase(now));
        entries.findByFeedbackIdIn(ids).forEach(FeedbackEntry::erase);
        links.deleteByFeedbackIdIn(ids);
        audit.record("feedback.erased", "feedback", "all", due.size() + " items closed before " + cutoff);
        return due.size();
    }
}
