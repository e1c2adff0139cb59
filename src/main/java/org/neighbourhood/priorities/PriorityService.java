package org.neighbourhood.priorities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.neighbourhood.base.Publication;
import org.neighbourhood.base.PublicationState;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.security.AuditEntry;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.ContentSteps;
import org.neighbourhood.security.Permissions;
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
    private final ContentSteps<Priority> steps;
    private final Validator validator;

    PriorityService(PriorityRepository priorities, Permissions permissions, AuditLog audit, Validator validator,
            Clock clock) {
        this.priorities = priorities;
        this.permissions = permissions;
        this.steps = new ContentSteps<>(SUBJECT, Priority.class, permissions, audit, clock);
        this.validator = validator;
    }

    /** A priority as the public sees it, in the visitor's language where there is a translation. */
    public record PublicPriority(long id, String issue, LocalDate issueDate, @Nullable String action,
            @Nullable LocalDate actionDate, PriorityStatus status, boolean inRequestedLanguage) {
    }

    /** A priority as its editors see it in the back office. */
    public record EditablePriority(long id, long version, long neighbourhoodId, PriorityContent content,
            Publication publication, @Nullable Instant publishAt, boolean live, Instant updatedAt,
            @Nullable String updatedBy) implements PublicationState {
    }

    public List<PublicPriority> publishedFor(long neighbourhoodId, Locale locale) {
        boolean polish = "pl".equals(locale.getLanguage());
        return priorities.findPublic(neighbourhoodId, steps.now()).stream()
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
        var found = editable.all() ? priorities.findAllByOrderByLifecycleUpdatedAtDesc()
                : priorities.findByNeighbourhoodIdInOrderByLifecycleUpdatedAtDesc(editable.neighbourhoodIds());
        return found.stream().map(this::editable).toList();
    }

    public Optional<EditablePriority> find(long id) {
        return priorities.findById(id).map(p -> {
            steps.requireCanEdit(p.getNeighbourhoodId());
            return editable(p);
        });
    }

    public List<AuditEntry> history(long id) {
        return steps.history(priorities.findById(id), id);
    }

    /** Saves a new priority as a draft: nobody outside the team sees it until it is published. */
    @Transactional
    public EditablePriority create(long neighbourhoodId, PriorityContent content) {
        steps.requireCanEdit(neighbourhoodId);
        validate(content);
        var now = steps.now();
        var priority = new Priority(neighbourhoodId, now);
        priority.edit(content, now, steps.actor());
        priorities.saveAndFlush(priority);
        steps.created(priority, describe(content));
        return editable(priority);
    }

    @Transactional
    public EditablePriority update(long id, long expectedVersion, PriorityContent content) {
        var priority = load(id, expectedVersion);
        validate(content);
        var before = priority.content();
        priority.edit(content, steps.now(), steps.actor());
        priorities.saveAndFlush(priority);
        steps.changed(priority, before, content);
        return editable(priority);
    }

    /** Publishes now, or at a later time when {@code at} is in the future (scheduled). */
    @Transactional
    public EditablePriority publish(long id, long expectedVersion, @Nullable Instant at) {
        var priority = load(id, expectedVersion);
        steps.publish(priority, at, priorities::saveAndFlush);
        return editable(priority);
    }

    @Transactional
    public EditablePriority unpublish(long id, long expectedVersion) {
        var priority = load(id, expectedVersion);
        steps.unpublish(priority, priorities::saveAndFlush);
        return editable(priority);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        var priority = load(id, expectedVersion);
        steps.delete(priority, describe(priority.content()), priorities::delete);
    }

    private Priority load(long id, long expectedVersion) {
        return steps.load(priorities.findById(id), id, expectedVersion);
    }

    private void validate(PriorityContent content) {
        var violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private EditablePriority editable(Priority p) {
        var lifecycle = p.getLifecycle();
        return new EditablePriority(Objects.requireNonNull(p.getId()), p.getVersion(), p.getNeighbourhoodId(),
                p.content(), lifecycle.publication(), lifecycle.publishAt(), lifecycle.isPublicAt(steps.now()),
                lifecycle.updatedAt(), lifecycle.updatedBy());
    }

    private static String describe(PriorityContent c) {
        return "issue “" + c.issue() + "”, status " + c.status();
    }
}
