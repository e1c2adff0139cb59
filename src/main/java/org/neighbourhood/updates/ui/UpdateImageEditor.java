package org.neighbourhood.updates.ui;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.PictureUploadField;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.publishing.EditableItem;

/**
 * An update's picture: the current one, with its description, and the means to replace or remove it. The
 * picture is shown to its editors whether or not the update is public yet.
 */
class UpdateImageEditor extends Composite<PictureUploadField> {

    private static final int PREVIEW_NOT_FOUND = 404;

    private final UpdateService updates;
    private final Consumer<EditableItem<UpdateContent>> changed;
    private final PictureUploadField field;
    private @Nullable EditableItem<UpdateContent> update;

    UpdateImageEditor(UpdateService updates, Consumer<EditableItem<UpdateContent>> changed) {
        this.updates = updates;
        this.changed = changed;
        this.field = new PictureUploadField("admin.updates.image", "update-image", UpdateContent.IMAGE_ALT_MAX,
                this::save, this::remove);
        field.addClassName("update-image-editor");
        show(null);
    }

    @Override
    protected PictureUploadField initContent() {
        return field;
    }

    /** Shows the picture of the update being edited; none for a new update, which must be saved first. */
    void show(@Nullable EditableItem<UpdateContent> update) {
        this.update = update;
        if (update == null) {
            field.unavailable("admin.updates.image.save-first");
        } else {
            updates.findEditableImage(update.id()).ifPresentOrElse(picture -> {
                var image = new Image(preview(update.id()), picture.alt());
                image.setWidth("240px");
                field.show(image, picture.alt());
            }, () -> field.show(null, null));
        }
    }

    /**
     * The picture from the service rather than from its public address, which serves only public updates: a
     * draft's editors see its picture too. Fetched when the browser asks, as the signed-in editor.
     */
    private DownloadHandler preview(long id) {
        return DownloadHandler.fromInputStream(event -> updates.findEditableImage(id)
                .map(image -> new DownloadResponse(new ByteArrayInputStream(image.data()), "picture-" + id,
                        image.contentType(), image.data().length))
                .orElseGet(() -> DownloadResponse.error(PREVIEW_NOT_FOUND))).inline();
    }

    private void save(byte[] data, String filename, String alt) {
        var current = Objects.requireNonNull(update);
        changed.accept(updates.replaceImage(current.id(), current.version(), data, filename, alt));
    }

    private void remove() {
        var current = Objects.requireNonNull(update);
        changed.accept(updates.removeImage(current.id(), current.version()));
    }
}
