package org.neighbourhood.admin.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.LimitedUpload;
import org.neighbourhood.base.content.PhotoProcessor;
import org.neighbourhood.base.content.PictureRefusedException;
import org.neighbourhood.base.content.RefusedPhoto;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A picture with its required description, as the back office edits it: the current one, the means to choose a
 * new one and describe it, and (where the editor allows) to remove it. The chosen file, limited in size on the
 * server too, is held in memory until saved with its description; the service checks and re-encodes it, and its refusal is told beside the upload.
 * Texts come from translation keys under one prefix, such as {@code admin.officers.photo.saved}.
 */
public class PictureUploadField extends Section {

    private static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp"};

    /** Stores the chosen picture; may throw what the service throws, such as a {@link PictureRefusedException}. */
    @FunctionalInterface
    public interface Store {
        void save(byte[] data, String filename, String alt);
    }

    /** Removes the current picture; may throw what the service throws. */
    @FunctionalInterface
    public interface Removal {
        void remove();
    }

    private final String keys;
    private final Store store;
    private final Div current = new Div();
    private final Upload upload;
    private final Span uploadMessage = new Span();
    private final TextField alt = new TextField();
    private final Button save;
    private final @Nullable Button remove;
    private final Paragraph outcome = new Paragraph();
    private byte @Nullable [] chosen;
    private String chosenName = "";

    /**
     * @param keys the translation key prefix, such as {@code admin.updates.image}
     * @param idPrefix the start of element ids, unique on the page, such as {@code update-image}
     * @param altMax the longest description the service accepts
     * @param removal how to remove the current picture; null where a picture cannot be removed
     */
    public PictureUploadField(String keys, String idPrefix, int altMax, Store store, @Nullable Removal removal) {
        this.keys = keys;
        this.store = store;

        var heading = new H2(getTranslation(keys));
        heading.setId(idPrefix + "-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        // Both run with the UI locked, so they may update the components directly.
        upload = new Upload(LimitedUpload.inMemory(PhotoProcessor.MAX_BYTES, (metadata, data) -> {
            chosen = data;
            chosenName = metadata.fileName();
            showUploadMessage(getTranslation(keys + ".chosen", chosenName), false);
        }, () -> showRefusal(new RefusedPhoto(RefusedPhoto.Reason.TOO_LARGE))));
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
        uploadMessage.setId(idPrefix + "-message");
        uploadMessage.addClassName("field-message");
        uploadMessage.getElement().setAttribute("aria-live", "polite");

        alt.setLabel(getTranslation(keys + ".alt"));
        alt.setHelperText(getTranslation(keys + ".alt.helper"));
        alt.setMaxLength(altMax);
        alt.setRequiredIndicatorVisible(true);
        alt.setWidthFull();

        save = new Button(getTranslation(keys + ".save"), click -> save());
        remove = removal == null ? null : new Button(getTranslation(keys + ".remove"), click -> remove(removal));
        outcome.getElement().setAttribute("role", "status");
        add(heading, current, new Paragraph(getTranslation("admin.officers.photo.rules",
                PhotoProcessor.MAX_BYTES / (1024 * 1024))), upload, uploadMessage, alt,
                remove == null ? save : new Div(save, remove), outcome);
    }

    /**
     * Shows the current picture and its description, ready for a new one.
     *
     * @param image the picture as the editor may see it; null when there is none
     */
    public void show(@Nullable Image image, @Nullable String description) {
        current.removeAll();
        outcome.setText("");
        setEnabled(true, image != null);
        if (image == null) {
            current.add(new Paragraph(getTranslation(keys + ".none")));
        } else {
            current.add(image, new Paragraph(getTranslation(keys + ".current-alt", description)));
        }
        alt.setValue(description == null ? "" : description);
        alt.setInvalid(false);
    }

    /** Nothing to attach a picture to yet, for the reason under {@code messageKey}: the field is disabled. */
    public void unavailable(String messageKey) {
        current.removeAll();
        outcome.setText("");
        setEnabled(false, false);
        current.add(new Paragraph(getTranslation(messageKey)));
        alt.setValue("");
        alt.setInvalid(false);
    }

    private void setEnabled(boolean enabled, boolean removable) {
        upload.setEnabled(enabled);
        alt.setEnabled(enabled);
        save.setEnabled(enabled);
        if (remove != null) {
            remove.setEnabled(enabled && removable);
        }
    }

    private void save() {
        outcome.setText("");
        if (!save.isEnabled()) {
            return;
        }
        var data = chosen;
        if (data == null) {
            showUploadMessage(getTranslation(keys + ".required"), true);
            return;
        }
        if (alt.getValue().isBlank()) {
            refuseDescription();
            return;
        }
        alt.setInvalid(false);
        try {
            store.save(data, chosenName, alt.getValue());
            chosen = null;
            upload.clearFileList();
            showUploadMessage("", false);
            outcome.setText(getTranslation(keys + ".saved"));
        } catch (PictureRefusedException refused) {
            showRefusal(refused.refused());
        } catch (ConstraintViolationException invalid) {
            refuseDescription();
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException denied) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    private void remove(Removal removal) {
        try {
            removal.remove();
            outcome.setText(getTranslation(keys + ".removed"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException denied) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    private void refuseDescription() {
        alt.setErrorMessage(getTranslation(keys + ".alt.required"));
        alt.setInvalid(true);
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
