package org.neighbourhood.publishing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Changes;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.security.AuditEntry;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a team's item, written once: a draft nobody outside the team sees, changes, publishing now or later,
 * unpublishing and deleting. Every step first checks that the signed-in user may edit the item's neighbourhood,
 * refuses a stale version, and is audited as {@code subject.action} in the same transaction as the change, so the
 * revision history is complete. Content is validated, its first language required, blank translations dropped.
 * <p>
 * A content type extends this with its entity {@code E}, its per-language text {@code T} and its content record
 * {@code C}, says how to make, read and write an entity, and adds what the public reads.
 */
@Transactional(readOnly = true)
public abstract class PublishingService<E extends TeamItem<C>, T extends ItemText, C extends Record & ItemContent<T>> {

    private final String subject;
    private final Class<E> type;
    private final TeamItemRepository<E> repository;
    private final Sort editorOrder;
    private final PublishingSupport support;

    /**
     * @param subject the kind of item as audit lines name it, such as {@code "priority"}
     * @param editorOrder the order of the back office's list, such as newest change first
     */
    protected PublishingService(String subject, Class<E> type, TeamItemRepository<E> repository, Sort editorOrder,
            PublishingSupport support) {
        this.subject = subject;
        this.type = type;
        this.repository = repository;
        this.editorOrder = editorOrder;
        this.support = support;
    }

    /** A new entity for the neighbourhood holding the content, such as one with an address made from its title. */
    protected abstract E newItem(long neighbourhoodId, C content, Instant now);

    /** The item in a few words for the audit: its headline in the first language, and more where useful. */
    protected String describe(C content) {
        return headline(content);
    }

    /** The item's headline (title, issue) in the first language; empty when it has none. */
    protected String headline(C content) {
        var first = content.texts().get(support.languages.first().getLanguage());
        return first == null || first.headline() == null ? "" : java.util.Objects.requireNonNull(first.headline());
    }

    /** The item's address on the public site, empty when it has none of its own. */
    private static String slugOf(TeamItem<?> item) {
        return item instanceof PagedItem<?> paged ? paged.getSlug() : "";
    }

    /** Removes what belongs to the item before it is deleted, such as its picture. */
    protected void removing(E item) {
    }

    /** The items of every neighbourhood the signed-in user may edit, in the back office's order. */
    public List<EditableItem<C>> editable() {
        var editable = support.permissions.editableNeighbourhoods();
        var found = editable.all() ? repository.findAll(editorOrder)
                : repository.findByNeighbourhoodIdIn(editable.neighbourhoodIds(), editorOrder);
        return found.stream().map(this::editable).toList();
    }

    /** One item for its editors; refused for anyone who may not edit its neighbourhood. */
    public Optional<EditableItem<C>> find(long id) {
        return repository.findById(id).map(item -> {
            requireCanEdit(item.getNeighbourhoodId());
            return editable(item);
        });
    }

    /** The item's revision history, for those who may edit it. */
    public List<AuditEntry> history(long id) {
        var item = repository.findById(id).orElseThrow(() -> Refusal.of("refusal.no-such-item"));
        requireCanEdit(item.getNeighbourhoodId());
        return support.audit.historyOf(subject, String.valueOf(id));
    }

    /** Saves a new item as a draft: nobody outside the team sees it until it is published. */
    @Transactional
    public EditableItem<C> create(long neighbourhoodId, C content) {
        requireCanEdit(neighbourhoodId);
        var clean = validate(content);
        var now = now();
        var item = newItem(neighbourhoodId, clean, now);
        item.edit(clean);
        item.getLifecycle().touch(now, actor());
        repository.saveAndFlush(item);
        record(item, "created", "draft: " + describe(clean));
        return editable(item);
    }

    /** Replaces the item's content; a published item shows the new content at once. */
    @Transactional
    public EditableItem<C> update(long id, long expectedVersion, C content) {
        var item = load(id, expectedVersion);
        var before = item.content();
        var clean = keepUnconfigured(validate(content), before);
        item.edit(clean);
        item.getLifecycle().touch(now(), actor());
        repository.saveAndFlush(item);
        record(item, "changed", Changes.between(before, clean));
        return editable(item);
    }

    /** Publishes now, or from a later time when {@code at} is in the future (scheduled). */
    @Transactional
    public EditableItem<C> publish(long id, long expectedVersion, @Nullable Instant at) {
        var item = load(id, expectedVersion);
        var now = now();
        var when = at == null || at.isBefore(now) ? now : at.truncatedTo(ChronoUnit.MICROS);
        item.getLifecycle().publish(when, now, actor());
        repository.saveAndFlush(item);
        record(item, when.equals(now) ? "published" : "scheduled", "public from " + when);
        return editable(item);
    }

    @Transactional
    public EditableItem<C> unpublish(long id, long expectedVersion) {
        var item = load(id, expectedVersion);
        item.getLifecycle().unpublish(now(), actor());
        repository.saveAndFlush(item);
        record(item, "unpublished", null);
        return editable(item);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        var item = load(id, expectedVersion);
        var description = describe(item.content());
        removing(item);
        repository.delete(item);
        record(item, "deleted", "was: " + description);
    }

    /**
     * The item to change: refused unless the signed-in user may edit its neighbourhood, and then unless it is
     * still at the version the editor saw.
     *
     * @throws Refusal {@code refusal.no-such-item} when there is no such item
     * @throws ObjectOptimisticLockingFailureException when someone else changed it meanwhile
     */
    protected E load(long id, long expectedVersion) {
        var item = repository.findById(id).orElseThrow(() -> Refusal.of("refusal.no-such-item"));
        requireCanEdit(item.getNeighbourhoodId());
        if (item.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
        return item;
    }

    /** An item for its editors only, whatever its state: refused for anyone who may not edit its neighbourhood. */
    protected E loadForEditors(long id) {
        var item = repository.findById(id).orElseThrow(() -> Refusal.of("refusal.no-such-item"));
        requireCanEdit(item.getNeighbourhoodId());
        return item;
    }

    /** Throws {@link AccessDeniedException} unless the signed-in user may change this neighbourhood's items. */
    protected void requireCanEdit(long neighbourhoodId) {
        support.permissions.requireCanEditNeighbourhood(neighbourhoodId);
    }

    /** Notes a change to the item that is not its content (such as its picture), stores it and audits it. */
    protected void touched(E item, String action, @Nullable String details) {
        item.getLifecycle().touch(now(), actor());
        repository.saveAndFlush(item);
        record(item, action, details);
    }

    /** Now, to the microsecond the database keeps, so a time stored is never later than the time read. */
    protected Instant now() {
        return support.clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The content's text for a reader: their language, else the first configured one written, with a note. */
    protected Localised<T> localise(C content, Locale reader) {
        return support.languages.pick(content.texts(), reader, ItemText::written)
                .orElseThrow(() -> new IllegalStateException("A " + subject + " has no text in any language"));
    }

    protected ContentLanguages languages() {
        return support.languages;
    }

    /** Checks a value other than the content, such as a picture's description, as the content is checked. */
    protected <V> void validateOther(V value) {
        var violations = support.validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Records an audit line about the item, such as {@code update.image-removed}. */
    protected void record(E item, String action, @Nullable String details) {
        support.audit.record(subject + "." + action, subject, String.valueOf(item.getId()), details);
    }

    protected EditableItem<C> editable(E item) {
        var lifecycle = item.getLifecycle();
        return new EditableItem<>(Objects.requireNonNull(item.getId()), item.getVersion(), item.getNeighbourhoodId(),
                slugOf(item), item.content(), lifecycle.publication(), lifecycle.publishAt(),
                lifecycle.isPublicAt(now()), lifecycle.updatedAt(), lifecycle.updatedBy());
    }

    /** Blank translations dropped, only configured languages kept, the first language required, fields checked. */
    private C validate(C content) {
        var texts = new LinkedHashMap<String, T>();
        content.texts().forEach((language, text) -> {
            if (support.languages.offers(language) && !text.blank()) {
                texts.put(language, text);
            }
        });
        support.languages.requireFirst(texts, ItemText::written);
        var clean = withTexts(content, texts);
        validateOther(clean);
        return clean;
    }

    /** Texts in languages no longer configured are not shown or edited, but they are not lost either. */
    private C keepUnconfigured(C content, C before) {
        var texts = new LinkedHashMap<String, T>(content.texts());
        before.texts().forEach((language, text) -> {
            if (!support.languages.offers(language)) {
                texts.putIfAbsent(language, text);
            }
        });
        return texts.size() == content.texts().size() ? content : withTexts(content, texts);
    }

    /** The content with other texts, everything else as it is. */
    protected abstract C withTexts(C content, Map<String, T> texts);

    private String actor() {
        return support.permissions.signedInUser().map(u -> u.username())
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
