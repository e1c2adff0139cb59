package org.neighbourhood.updates.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.content.PhotoProcessor;
import org.neighbourhood.base.content.RefusedPhoto;
import org.neighbourhood.updates.ImageRefusedException;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.EditableUpdate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * An update's picture: the one the public sees now, with its description, and the means to replace or remove it.
 * The chosen file is held in memory until saved with its description; the service checks and re-encodes it.
 */
class UpdateImageEditor extends Section {

    private static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp"};

    private final UpdateService updates;
    private final Consumer<EditableUpdate> changed;
    private final Div current = new Div();
    private final Upload upload;
    private final Span uploadMessage = new Span();
    private final TextField alt = new TextField();
    private final Button save;
    private final Button remove;
    private final Paragraph outcome = new Paragraph();
    private @Nullable EditableUpdate update;
    private byte @Nullable [] chosen;
    private String chosenName = "";

    UpdateImageEditor(UpdateService updates, Consumer<EditableUpdate> changed) {
        this.updates = updates;
        this.changed = changed;
        addClassName("update-image-editor");

        var heading = new H2(getTranslation("admin.updates.image"));
        heading.setId("update-image-heading");
        getElement().setAttribute("aria-labelledby", "update-image-heading");

        // The handler runs with the UI locked, so it may update the components directly.
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            chosen = data;
            chosenName = metadata.fileName();
            showUploadMessage(getTranslation("admin.updates.image.chosen", chosenName), false);
        }));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PhotoProcessor.MAX_BYTES);
        upload.addFileRejectedListener(event -> showRefusal(new RefusedPhoto(
                event.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                        ? RefusedPhoto.Reason.TOO_LARGE : RefusedPhoto.Reason.NOT_AN_IMAGE)));
        upload.addFileRemovedListener(event -> {
            chosen = null;
            showUploadMessage("", false);
        });
        uploadMessage.setId("update-image-message");
        uploadMessage.addClassName("field-message");
        uploadMessage.getElement().setAttribute("aria-live", "polite");

        alt.setLabel(getTranslation("admin.updates.image.alt"));
        alt.setHelperText(getTranslation("admin.updates.image.alt.helper"));
        alt.setMaxLength(UpdateContent.IMAGE_ALT_MAX);
        alt.setRequiredIndicatorVisible(true);
        alt.setWidthFull();

        save = new Button(getTranslation("admin.updates.image.save"), click -> save());
        remove = new Button(getTranslation("admin.updates.image.remove"), click -> remove());
        outcome.getElement().setAttribute("role", "status");
        add(heading, current, new Paragraph(getTranslation("admin.officers.photo.rules",
                PhotoProcessor.MAX_BYTES / (1024 * 1024))), upload, uploadMessage, alt, new Div(save, remove),
                outcome);
        show(null);
    }

    /** Shows the picture of the update being edited; none for a new update, which must be saved first. */
    void show(@Nullable EditableUpdate update) {
        this.update = update;
        current.removeAll();
        outcome.setText("");
        boolean saved = update != null;
        upload.setEnabled(saved);
        alt.setEnabled(saved);
        save.setEnabled(saved);
        remove.setEnabled(saved && update.imageUrl() != null);
        if (update == null) {
            current.add(new Paragraph(getTranslation("admin.updates.image.save-first")));
            alt.setValue("");
        } else if (update.imageUrl() == null) {
            current.add(new Paragraph(getTranslation("admin.updates.image.none")));
            alt.setValue("");
        } else {
            var alternative = update.imageAlt() == null ? "" : update.imageAlt();
            // The public address serves only public updates: show a draft's picture through the same address
            // once published; until then its description stands for it.
            if (update.live()) {
                var image = new Image(update.imageUrl(), alternative);
                image.setWidth("240px");
                current.add(image);
            }
            current.add(new Paragraph(getTranslation("admin.updates.image.current-alt", alternative)));
            alt.setValue(alternative);
        }
        alt.setInvalid(false);
    }

    private void save() {
        outcome.setText("");
        if (update == null) {
            return;
        }
        var data = chosen;
        if (data == null) {
            showUploadMessage(getTranslation("admin.updates.image.required"), true);
            return;
        }
        if (alt.getValue().isBlank()) {
            alt.setErrorMessage(getTranslation("admin.updates.image.alt.required"));
            alt.setInvalid(true);
            return;
        }
        alt.setInvalid(false);
        try {
            var saved = updates.replaceImage(update.id(), update.version(), data, chosenName, alt.getValue());
            chosen = null;
            upload.clearFileList();
            showUploadMessage("", false);
            changed.accept(saved);
            outcome.setText(getTranslation("admin.updates.image.saved"));
        } catch (ImageRefusedException refused) {
            showRefusal(refused.refused());
        } catch (ConstraintViolationException invalid) {
            alt.setErrorMessage(getTranslation("admin.updates.image.alt.required"));
            alt.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException denied) {
            outcome.setText(denied.getMessage());
        }
    }

    private void remove() {
        if (update == null) {
            return;
        }
        try {
            var saved = updates.removeImage(update.id(), update.version());
            changed.accept(saved);
            outcome.setText(getTranslation("admin.updates.image.removed"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException denied) {
            outcome.setText(denied.getMessage());
        }
    }

    private void showRefusal(RefusedPhoto refused) {
        chosen = null;
        upload.clearFileList();
        showUploadMessage(getTranslation(refused.messageKey(), refused.messageArguments()), true);
    }

    private void showUploadMessage(String text, boolean error) {
        uploadMessage.setText(text);
        uploadMessage.getElement().getClassList().set("field-message--error", error);
    }
}
