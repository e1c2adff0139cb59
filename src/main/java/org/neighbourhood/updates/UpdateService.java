package org.neighbourhood.updates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Publication;
import org.neighbourhood.base.PublicationState;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.content.MarkdownRenderer;
import org.neighbourhood.base.content.PhotoProcessor;
import org.neighbourhood.base.content.ProcessedPhoto;
import org.neighbourhood.base.content.RefusedPhoto;
import org.neighbourhood.security.AuditEntry;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.ContentSteps;
import org.neighbourhood.security.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Updates: the public sees what is published and due, newest first; teams write, publish, schedule and unpublish,
 * each change checked, versioned and audited like events. Bodies are Markdown, rendered only into sanitised HTML.
 */
@Service
@Transactional(readOnly = true)
public class UpdateService {

    static final String SUBJECT = "update";
    public static final String IMAGE_PATH = "/media/updates/";
    /** The longest summary in a list or a page description. */
    public static final int SUMMARY_MAX = 160;

    private final UpdateRepository updates;
    private final UpdateImageRepository images;
    private final Permissions permissions;
    private final ContentSteps<Update> steps;
    private final Validator validator;
    private final MarkdownRenderer markdown;
    private final PhotoProcessor photoProcessor;

    UpdateService(UpdateRepository updates, UpdateImageRepository images, Permissions permissions, AuditLog audit,
            Validator validator, MarkdownRenderer markdown, PhotoProcessor photoProcessor, Clock clock) {
        this.updates = updates;
        this.images = images;
        this.permissions = permissions;
        this.steps = new ContentSteps<>(SUBJECT, Update.class, permissions, audit, clock);
        this.validator = validator;
        this.markdown = markdown;
        this.photoProcessor = photoProcessor;
    }

    /**
     * An update as the public sees it, in the visitor's language where there is a translation.
     *
     * @param bodyHtml the body rendered from Markdown and sanitised, safe to put into a page as it is
     * @param summary the body's words without markup, shortened; plain text to be escaped wherever it goes
     */
    public record PublicUpdate(String slug, long neighbourhoodId, String title, String bodyHtml, String summary,
            @Nullable Instant publishedAt, @Nullable String imageUrl, @Nullable String imageAlt,
            boolean inRequestedLanguage, Instant updatedAt) {
    }

    public record EditableUpdate(long id, long version, String slug, long neighbourhoodId, UpdateContent content,
            Publication publication, @Nullable Instant publishAt, boolean live, @Nullable String imageUrl,
            @Nullable String imageAlt) implements PublicationState {
    }

    /** An update's picture as served. */
    public record ImageFile(String contentType, byte[] data, String alt, Instant updatedAt) {
    }

    /** The description a new picture must come with. */
    record ImageDescription(@NotBlank @Size(max = UpdateContent.IMAGE_ALT_MAX) String alt) {
    }

    /** The latest public updates, of one neighbourhood or (null) of all, newest first. */
    public List<PublicUpdate> latest(@Nullable Long neighbourhoodId, Locale locale, int limit) {
        return updates.findPublic(steps.now()).stream()
                .filter(u -> neighbourhoodId == null || u.getNeighbourhoodId() == neighbourhoodId)
                .limit(limit)
                .map(u -> toPublic(u, locale, null))
                .toList();
    }

    public Optional<PublicUpdate> findPublic(String slug, Locale locale) {
        return updates.findBySlug(slug).filter(u -> u.getLifecycle().isPublicAt(steps.now()))
                .map(u -> toPublic(u, locale, images.findAltByUpdateId(Objects.requireNonNull(u.getId()))
                        .orElse(null)));
    }

    /** The picture of a public update; empty for a draft, an unpublished or an unknown update. */
    public Optional<ImageFile> findImage(String slug) {
        return updates.findBySlug(slug).filter(u -> u.getLifecycle().isPublicAt(steps.now()))
                .flatMap(u -> images.findById(Objects.requireNonNull(u.getId())))
                .map(i -> new ImageFile(i.getContentType(), i.getData(), i.getAlt(), i.getUpdatedAt()));
    }

    /** The picture of an update for its editors, whether or not the update is public; empty when it has none. */
    public Optional<ImageFile> findEditableImage(long id) {
        var update = updates.findById(id).orElseThrow(() -> new IllegalArgumentException("No such update"));
        steps.requireCanEdit(update.getNeighbourhoodId());
        return images.findById(id)
                .map(i -> new ImageFile(i.getContentType(), i.getData(), i.getAlt(), i.getUpdatedAt()));
    }

    /** The update as the public would see it, before it is saved; without its picture. */
    public PublicUpdate preview(UpdateContent content, Locale locale) {
        var update = new Update(0, "preview", steps.now());
        update.edit(content, steps.now(), null);
        return toPublic(update, locale, null);
    }

    /** The addresses of images in the Markdown that have no description, for the editor to fix. */
    public List<String> missingAltTexts(UpdateContent content) {
        var missing = new java.util.ArrayList<>(markdown.missingAltTexts(content.bodyMarkdown()));
        if (content.bodyMarkdownPl() != null) {
            missing.addAll(markdown.missingAltTexts(content.bodyMarkdownPl()));
        }
        return List.copyOf(missing);
    }

    private PublicUpdate toPublic(Update update, Locale locale, @Nullable String imageAlt) {
        var c = update.content();
        boolean polish = "pl".equals(locale.getLanguage());
        boolean polishBody = polish && c.bodyMarkdownPl() != null && !c.bodyMarkdownPl().isBlank();
        boolean polishTitle = polish && c.titlePl() != null && !c.titlePl().isBlank();
        var body = polishBody ? Objects.requireNonNull(c.bodyMarkdownPl()) : c.bodyMarkdown();
        return new PublicUpdate(update.getSlug(), update.getNeighbourhoodId(),
                polishTitle ? Objects.requireNonNull(c.titlePl()) : c.title(), markdown.toHtml(body),
                markdown.plainText(body, SUMMARY_MAX), update.getLifecycle().publishAt(),
                imageAlt == null ? null : imageUrl(update), imageAlt, !polish || polishBody,
                update.getLifecycle().updatedAt());
    }

    private static String imageUrl(Update update) {
        return IMAGE_PATH + update.getSlug() + "?v=" + update.getLifecycle().updatedAt().toEpochMilli();
    }

    public List<EditableUpdate> editable() {
        var editable = permissions.editableNeighbourhoods();
        var found = editable.all() ? updates.findAllByOrderByLifecycleCreatedAtDesc()
                : updates.findByNeighbourhoodIdInOrderByLifecycleCreatedAtDesc(editable.neighbourhoodIds());
        return found.stream().map(this::editable).toList();
    }

    public List<AuditEntry> history(long id) {
        return steps.history(updates.findById(id), id);
    }

    /** Saves a new update as a draft, with an address made from its title and today's date. */
    @Transactional
    public EditableUpdate create(long neighbourhoodId, UpdateContent content) {
        steps.requireCanEdit(neighbourhoodId);
        validate(content);
        var update = new Update(neighbourhoodId, uniqueSlug(content), steps.now());
        update.edit(content, steps.now(), steps.actor());
        updates.saveAndFlush(update);
        steps.created(update, content.title());
        return editable(update);
    }

    @Transactional
    public EditableUpdate update(long id, long expectedVersion, UpdateContent content) {
        var update = load(id, expectedVersion);
        validate(content);
        var before = update.content();
        update.edit(content, steps.now(), steps.actor());
        updates.saveAndFlush(update);
        steps.changed(update, before, content);
        return editable(update);
    }

    @Transactional
    public EditableUpdate publish(long id, long expectedVersion, @Nullable Instant at) {
        var update = load(id, expectedVersion);
        steps.publish(update, at, updates::saveAndFlush);
        return editable(update);
    }

    @Transactional
    public EditableUpdate unpublish(long id, long expectedVersion) {
        var update = load(id, expectedVersion);
        steps.unpublish(update, updates::saveAndFlush);
        return editable(update);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        var update = load(id, expectedVersion);
        steps.delete(update, update.content().title(), u -> {
            images.findById(id).ifPresent(images::delete);
            updates.delete(u);
        });
    }

    /**
     * Replaces the update's picture with the upload made safe: checked for what it is, shrunk and encoded afresh
     * without the upload's metadata. The picture's address changes with it, so no browser keeps the old one.
     *
     * @throws ImageRefusedException when the upload is not a usable image, saying why
     */
    @Transactional
    public EditableUpdate replaceImage(long id, long expectedVersion, byte[] upload, String filename, String alt) {
        var update = load(id, expectedVersion);
        var description = alt.strip();
        var violations = validator.validate(new ImageDescription(description));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var processed = switch (photoProcessor.process(upload, filename, PhotoProcessor.UPDATE_EDGE)) {
            case RefusedPhoto refused -> throw new ImageRefusedException(refused);
            case ProcessedPhoto photo -> photo;
        };
        var now = steps.now();
        update.getLifecycle().touch(now, steps.actor());
        updates.saveAndFlush(update);
        images.findById(id).ifPresentOrElse(
                image -> image.replace(processed.contentType(), processed.bytes(), description, now),
                () -> images.save(new UpdateImage(id, processed.contentType(), processed.bytes(), description, now)));
        images.flush();
        steps.record(update, "image-replaced", processed.contentType() + " " + processed.width() + "x"
                + processed.height() + ", described as: " + description);
        return editable(update);
    }

    @Transactional
    public EditableUpdate removeImage(long id, long expectedVersion) {
        var update = load(id, expectedVersion);
        images.findById(id).ifPresent(images::delete);
        update.getLifecycle().touch(steps.now(), steps.actor());
        updates.saveAndFlush(update);
        steps.record(update, "image-removed", null);
        return editable(update);
    }

    private Update load(long id, long expectedVersion) {
        return steps.load(updates.findById(id), id, expectedVersion);
    }

    private String uniqueSlug(UpdateContent content) {
        return Slugs.unique(content.title() + " " + steps.now().atZone(Zones.LONDON).toLocalDate(),
                updates::existsBySlug);
    }

    private void validate(UpdateContent content) {
        var violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private EditableUpdate editable(Update u) {
        var id = Objects.requireNonNull(u.getId());
        var alt = images.findAltByUpdateId(id).orElse(null);
        var lifecycle = u.getLifecycle();
        return new EditableUpdate(id, u.getVersion(), u.getSlug(), u.getNeighbourhoodId(), u.content(),
                lifecycle.publication(), lifecycle.publishAt(), lifecycle.isPublicAt(steps.now()),
                alt == null ? null : imageUrl(u), alt);
    }
}
