package org.neighbourhood.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Changes;
import org.neighbourhood.base.Publishable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The steps every change to a team's item (priority, event, update) shares, written once: the check that the
 * signed-in user may edit the item's neighbourhood, made before anything else; the refusal of a stale version;
 * publishing now or later and unpublishing; and the audit line of each change, named {@code subject.action}.
 * A content service makes one for its kind of item and calls it from its own transactional methods, so the
 * change and its audit line are stored together or not at all. Lives here, beside {@link Permissions} and
 * {@link AuditLog}, because {@code base} may depend on no feature.
 */
public final class ContentSteps<E extends Publishable> {

    private final String subject;
    private final Class<E> type;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    /** @param subject the kind of item as audit lines name it, such as {@code "priority"} */
    public ContentSteps(String subject, Class<E> type, Permissions permissions, AuditLog audit, Clock clock) {
        this.subject = subject;
        this.type = type;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Now, to the microsecond the database keeps, so a time stored is never later than the time read. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Who is making the change, for the item's "updated by". */
    public String actor() {
        return permissions.signedInUser().map(Permissions.SignedInUser::username)
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** Throws {@link AccessDeniedException} unless the signed-in user may change this neighbourhood's items. */
    public void requireCanEdit(long neighbourhoodId) {
        permissions.requireCanEditNeighbourhood(neighbourhoodId);
    }

    /**
     * The item to change: refused unless the signed-in user may edit its neighbourhood, and then unless it is
     * still at the version the editor saw.
     *
     * @throws IllegalArgumentException when there is no such item
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile
     */
    public E load(Optional<E> found, long id, long expectedVersion) {
        var item = found.orElseThrow(() -> new IllegalArgumentException("No such " + subject));
        requireCanEdit(item.getNeighbourhoodId());
        if (item.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
        return item;
    }

    /** The item's revision history, for those who may edit it. */
    public List<AuditEntry> history(Optional<E> found, long id) {
        var item = found.orElseThrow(() -> new IllegalArgumentException("No such " + subject));
        requireCanEdit(item.getNeighbourhoodId());
        return audit.historyOf(subject, String.valueOf(id));
    }

    /** Audits a new draft, once it is stored and has its id. */
    public void created(E item, String description) {
        record(item, "created", "draft: " + description);
    }

    /** Audits a change of the item's content with each field's value before and after. */
    public <R extends Record> void changed(E item, R before, R after) {
        record(item, "changed", Changes.between(before, after));
    }

    /**
     * Publishes now, or from a later time when {@code at} is in the future (scheduled); then stores the item with
     * {@code save} and audits it.
     */
    public void publish(E item, @Nullable Instant at, Consumer<E> save) {
        var now = now();
        var when = at == null || at.isBefore(now) ? now : at.truncatedTo(ChronoUnit.MICROS);
        item.getLifecycle().publish(when, now, actor());
        save.accept(item);
        record(item, when.equals(now) ? "published" : "scheduled", "public from " + when);
    }

    public void unpublish(E item, Consumer<E> save) {
        item.getLifecycle().unpublish(now(), actor());
        save.accept(item);
        record(item, "unpublished", null);
    }

    /** Removes the item with {@code remove} and audits what it was. */
    public void delete(E item, String description, Consumer<E> remove) {
        remove.accept(item);
        record(item, "deleted", "was: " + description);
    }

    /** Audits another change to the item, such as {@code "image-removed"}. */
    public void record(E item, String action, @Nullable String details) {
        audit.record(subject + "." + action, subject, String.valueOf(item.getId()), details);
    }
}
