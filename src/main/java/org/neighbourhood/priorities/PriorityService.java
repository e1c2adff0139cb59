package org.neighbourhood.priorities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.neighbourhood.base.Changes;
import org.neighbourhood.base.Publication;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.security.AuditEntry;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.Permissions;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Priorities: the public reads what is published and due; the back office writes, publishes, schedules and
 * unpublishes. Every change checks that the signed-in user may edit the priority's neighbourhood, refuses a
 * stale version, and is audited with the values before and after.
 */
@Service
@Transactional(readOnly = true)
public class PriorityService {

    static final String SUBJECT = "priority";

    private final PriorityRepository priorities;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    PriorityService(PriorityRepository priorities, Permissions permissions, AuditLog audit, Validator validator,
            Clock clock) {
        this.priorities = priorities;
        this.permissions = permissions;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** A priority as the public sees it, in the visitor's language where there is a translation. */
    public record PublicPriority(long id, String issue, LocalDate issueDate, @Nullable String action,
            @Nullable LocalDate actionDate, PriorityStatus status, boolean inRequestedLanguage) {
    }

    /** A priority as its editors see it in the back office. */
    public record EditablePriority(long id, long version, long neighbourhoodId, PriorityContent content,
            Publication publication, @Nullable Instant publishAt, boolean live, Instant updatedAt,
            @Nullable String updatedBy) {
    }

    public List<PublicPriority> publishedFor(long neighbourhoodId, Locale locale) {
        boolean polish = "pl".equals(locale.getLanguage());
        return priorities.findPublic(neighbourhoodId, now()).stream()
                .map(p -> toPublic(p.getId(), p.content(), polish))
                .toList();
    }

    /** Exactly what the public page will show for this priority, for a preview before publishing. */
    public PublicPriority preview(PriorityContent content, Locale locale) {
        return toPublic(0L, content, "pl".equals(locale.getLanguage()));
    }

    private static PublicPriority toPublic(@Nullable Long id, PriorityContent c, boolean polish) {
        boolean translated = polish && c.issuePl() != null && !c.issuePl().isBlank();
        var issue = translated ? c.issuePl() : c.issue();
        var action = translated && c.actionPl() != null && !c.actionPl().isBlank() ? c.actionPl() : c.action();
        return new PublicPriority(id == null ? 0 : id, Objects.requireNonNull(issue), c.issueDate(), action,
                c.actionDate(), c.status(), !polish || translated);
    }

    /** The priorities of every neighbourhood the signed-in user may edit, most recently changed first. */
    public List<EditablePriority> editable() {
        var editable = permissions.editableNeighbourhoods();
        var found = editable.all() ? priorities.findAllByOrderByUpdatedAtDesc()
                : priorities.findByNeighbourhoodIdInOrderByUpdatedAtDesc(editable.neighbourhoodIds());
        return found.stream().map(this::editable).toList();
    }

    public Optional<EditablePriority> find(long id) {
        return priorities.findById(id).map(p -> {
            permissions.requireCanEditNeighbourhood(p.getNeighbourhoodId());
            return editable(p);
        });
    }

    public List<AuditEntry> history(long id) {
        var priority = priorities.findById(id).orElseThrow(() -> new IllegalArgumentException("No such priority"));
        permissions.requireCanEditNeighbourhood(priority.getNeighbourhoodId());
        return audit.historyOf(SUBJECT, String.valueOf(id));
    }

    /** Saves a new priority as a draft: nobody outside the team sees it until it is published. */
    @Transactional
    public EditablePriority create(long neighbourhoodId, PriorityContent content) {
        permissions.requireCanEditNeighbourhood(neighbourhoodId);
        validate(content);
        var now = now();
        var priority = new Priority(neighbourhoodId, now);
        priority.edit(content, now, actor());
        priorities.saveAndFlush(priority);
        audit.record("priority.created", SUBJECT, idOf(priority), "draft: " + describe(content));
        return editable(priority);
    }

    @Transactional
    public EditablePriority update(long id, long expectedVersion, PriorityContent content) {
        var priority = load(id, expectedVersion);
        validate(content);
        var before = priority.content();
        priority.edit(content, now(), actor());
        priorities.saveAndFlush(priority);
        audit.record("priority.changed", SUBJECT, idOf(priority), Changes.between(before, content));
        return editable(priority);
    }

    /** Publishes now, or at a later time when {@code at} is in the future (scheduled). */
    @Transactional
    public EditablePriority publish(long id, long expectedVersion, @Nullable Instant at) {
        var priority = load(id, expectedVersion);
        var now = now();
        var when = at == null || at.isBefore(now) ? now : at;
        priority.publish(when, now, actor());
        priorities.saveAndFlush(priority);
        audit.record(when.equals(now) ? "priority.published" : "priority.scheduled", SUBJECT, idOf(priority),
                "public from " + when);
        return editable(priority);
    }

    @Transactional
    public EditablePriority unpublish(long id, long expectedVersion) {
        var priority = load(id, expectedVersion);
        priority.unpublish(now(), actor());
        priorities.saveAndFlush(priority);
        audit.record("priority.unpublished", SUBJECT, idOf(priority), null);
        return editable(priority);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        var priority = load(id, expectedVersion);
        var before = describe(priority.content());
        priorities.delete(priority);
        audit.record("priority.deleted", SUBJECT, idOf(priority), "was: " + before);
    }

    private Priority load(long id, long expectedVersion) {
        var priority = priorities.findById(id).orElseThrow(() -> new IllegalArgumentException("No such priority"));
        permissions.requireCanEditNeighbourhood(priority.getNeighbourhoodId());
        if (priority.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Priority.class, id);
        }
        return priority;
    }

    private void validate(PriorityContent content) {
        var violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private EditablePriority editable(Priority p) {
        return new EditablePriority(Objects.requireNonNull(p.getId()), p.getVersion(), p.getNeighbourhoodId(),
                p.content(), p.getPublication(), p.getPublishAt(), p.isPublicAt(now()), p.getUpdatedAt(),
                p.getUpdatedBy());
    }

    /** Now, to the microsecond the database keeps, so a time stored is never later than the time read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private @Nullable String actor() {
        return permissions.signedInUser().map(Permissions.SignedInUser::username)
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    private static String idOf(Priority priority) {
        return String.valueOf(priority.getId());
    }

    private static String describe(PriorityContent c) {
        return "issue “" + c.issue() + "”, status " + c.status();
    }
}
