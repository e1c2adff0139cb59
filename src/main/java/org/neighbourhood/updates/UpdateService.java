package org.neighbourhood.updates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.content.MarkdownRenderer;
import org.neighbourhood.base.content.PhotoProcessor;
import org.neighbourhood.base.content.ProcessedPhoto;
import org.neighbourhood.base.content.RefusedPhoto;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.publishing.PublicItem;
import org.neighbourhood.publishing.PublishingService;
import org.neighbourhood.publishing.PublishingSupport;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Updates: the public sees what is published and due, newest first, in their language where it is written; teams
 * write, publish, schedule and unpublish them through the shared publishing pipeline, with one picture each.
 * Bodies are Markdown, rendered only into sanitised HTML.
 */
@Service
@Transactional(readOnly = true)
public class UpdateService extends PublishingService<Update, UpdateText, UpdateContent> {

    static final String SUBJECT = "update";
    public static final String IMAGE_PATH = "/media/updates/";
    /** The longest summary in a list or a page description. */
    public static final int SUMMARY_MAX = 160;

    private final UpdateRepository updates;
    private final UpdateImageRepository images;
    private final MarkdownRenderer markdown;
    private final PhotoProcessor photoProcessor;

    UpdateService(UpdateRepository updates, UpdateImageRepository images, MarkdownRenderer markdown,
            PhotoProcessor photoProcessor, PublishingSupport support) {
        super(SUBJECT, Update.class, updates, Sort.by(Sort.Direction.DESC, "lifecycle.createdAt"), support);
        this.updates = updates;
        this.images = images;
        this.markdown = markdown;
        this.photoProcessor = photoProcessor;
    }

    /**
     * An update as the public sees it.
     *
     * @param bodyHtml the body rendered from Markdown and sanitised, safe to put into a page as it is
     * @param summary the body's words without markup, shortened; plain text to be escaped wherever it goes
     * @param language the language its title and body are written in
     * @param inRequestedLanguage false when it is shown in another language than the reader's, with a note
     */
    public record PublicUpdate(String slug, long neighbourhoodId, String title, String bodyHtml, String summary,
            @Nullable Instant publishedAt, @Nullable String imageUrl, @Nullable String imageAlt, Locale language,
            boolean inRequestedLanguage, Instant updatedAt) implements PublicItem {
    }

    /** An update's picture as served. */
    public record ImageFile(String contentType, byte[] data, String alt, Instant updatedAt) {
    }

    /** The description a new picture must come with. */
    record ImageDescription(@NotBlank @Size(max = UpdateContent.IMAGE_ALT_MAX) String alt) {
    }

    /** The latest public updates, of one neighbourhood or (null) of all, newest first. */
    public List<PublicUpdate> latest(@Nullable Long neighbourhoodId, Locale locale, int limit) {
        return updates.findPublic(now()).stream()
                .filter(u -> neighbourhoodId == null || u.getNeighbourhoodId() == neighbourhoodId)
                .limit(limit)
                .map(u -> toPublic(u, locale, null))
                .toList();
    }

    public Optional<PublicUpdate> findPublic(String slug, Locale locale) {
        return updates.findBySlug(slug).filter(u -> u.getLifecycle().isPublicAt(now()))
                .map(u -> toPublic(u, locale, images.findAltByUpdateId(Objects.requireNonNull(u.getId()))
                        .orElse(null)));
    }

    /** The picture of a public update; empty for a draft, an unpublished or an unknown update. */
    public Optional<ImageFile> findImage(String slug) {
        return updates.findBySlug(slug).filter(u -> u.getLifecycle().isPublicAt(now()))
                .flatMap(u -> images.findById(Objects.requireNonNull(u.getId())))
                .map(i -> new ImageFile(i.getContentType(), i.getData(), i.getAlt(), i.getUpdatedAt()));
    }

    /** The picture of an update for its editors, whether or not the update is public; empty when it has none. */
    public Optional<ImageFile> findEditableImage(long id) {
        loadForEditors(id);
        return images.findById(id)
                .map(i -> new ImageFile(i.getContentType(), i.getData(), i.getAlt(), i.getUpdatedAt()));
    }

    /** The update as the public would see it in that language, before it is saved; without its picture. */
    public PublicUpdate preview(UpdateContent content, Locale locale) {
        var update = new Update(0, "preview", now());
        update.edit(content);
        return toPublic(update, locale, null);
    }

    /** The addresses of images in the Markdown, in any language, that have no description, for the editor to fix. */
    public List<String> missingAltTexts(UpdateContent content) {
        var missing = new ArrayList<String>();
        content.texts().values().stream().map(UpdateText::bodyMarkdown).filter(Objects::nonNull)
                .forEach(body -> missing.addAll(markdown.missingAltTexts(body)));
        return List.copyOf(missing);
    }

    private PublicUpdate toPublic(Update update, Locale locale, @Nullable String imageAlt) {
        var text = localise(update.content(), locale);
        var body = Objects.requireNonNull(text.text().bodyMarkdown());
        return new PublicUpdate(update.getSlug(), update.getNeighbourhoodId(), Objects.requireNonNull(text.text().title()),
                markdown.toHtml(body), markdown.plainText(body, SUMMARY_MAX), update.getLifecycle().publishAt(),
                imageAlt == null ? null : imageUrl(update), imageAlt, text.language(), text.inRequestedLanguage(),
                update.getLifecycle().updatedAt());
    }

    private static String imageUrl(Update update) {
        return IMAGE_PATH + update.getSlug() + "?v=" + update.getLifecycle().updatedAt().toEpochMilli();
    }

    /**
     * Replaces the update's picture with the upload made safe: checked for what it is, shrunk and encoded afresh
     * without the upload's metadata. The picture's address changes with it, so no browser keeps the old one.
     *
     * @throws ImageRefusedException when the upload is not a usable image, saying why
     */
    @Transactional
    public EditableItem<UpdateContent> replaceImage(long id, long expectedVersion, byte[] upload, String filename,
            String alt) {
        var update = load(id, expectedVersion);
        var description = alt.strip();
        validateOther(new ImageDescription(description));
        var processed = switch (photoProcessor.process(upload, filename, PhotoProcessor.UPDATE_EDGE)) {
            case RefusedPhoto refused -> throw new ImageRefusedException(refused);
            case ProcessedPhoto photo -> photo;
        };
        var now = now();
        images.findById(id).ifPresentOrElse(
                image -> image.replace(processed.contentType(), processed.bytes(), description, now),
                () -> images.save(new UpdateImage(id, processed.contentType(), processed.bytes(), description, now)));
        images.flush();
        touched(update, "image-replaced", processed.contentType() + " " + processed.width() + "x"
                + processed.height() + ", described as: " + description);
        return editable(update);
    }

    @Transactional
    public EditableItem<UpdateContent> removeImage(long id, long expectedVersion) {
        var update = load(id, expectedVersion);
        images.findById(id).ifPresent(images::delete);
        touched(update, "image-removed", null);
        return editable(update);
    }

    /** A new update's address is made from its title in the first language and today's date. */
    @Override
    protected Update newItem(long neighbourhoodId, UpdateContent content, Instant now) {
        return new Update(neighbourhoodId, Slugs.unique(headline(content) + " " + now.atZone(Zones.LONDON).toLocalDate(),
                updates::existsBySlug), now);
    }

    @Override
    protected UpdateContent withTexts(UpdateContent content, Map<String, UpdateText> texts) {
        return new UpdateContent(texts);
    }


    @Override
    protected void removing(Update item) {
        images.findById(Objects.requireNonNull(item.getId())).ifPresent(images::delete);
    }
}
