package org.neighbourhood.officers.ui;

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
import org.neighbourhood.officers.EditableOfficer;
import org.neighbourhood.officers.Officer;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.PhotoRefusedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * An officer's photo: the one the public sees now, with its description, and the means to replace both. The
 * chosen file is held in memory until saved with its description; the service checks and re-encodes it.
 */
class OfficerPhotoEditor extends Section {

    private static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp"};

    private final OfficerService officers;
    private final Consumer<EditableOfficer> replaced;
    private final Div current = new Div();
    private final Upload upload;
    private final Span uploadMessage = new Span();
    private final TextField alt = new TextField();
    private final Paragraph outcome = new Paragraph();
    private @Nullable EditableOfficer officer;
    private byte @Nullable [] chosen;
    private String chosenName = "";

    OfficerPhotoEditor(OfficerService officers, Consumer<EditableOfficer> replaced) {
        this.officers = officers;
        this.replaced = replaced;
        addClassName("officer-photo-editor");

        var heading = new H2(getTranslation("admin.officers.photo"));
        heading.setId("officer-photo-heading");
        getElement().setAttribute("aria-labelledby", "officer-photo-heading");

        // The handler runs with the UI locked, so it may update the components directly.
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            chosen = data;
            chosenName = metadata.fileName();
            showUploadMessage(getTranslation("admin.officers.photo.chosen", chosenName), false);
        }));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PhotoProcessor.MAX_BYTES);
        upload.addFileRejectedListener(event -> showRefusal(event.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("big")
                ? RefusedPhoto.Reason.TOO_LARGE : RefusedPhoto.Reason.NOT_AN_IMAGE));
        upload.addFileRemovedListener(event -> {
            chosen = null;
            showUploadMessage("", false);
        });
        uploadMessage.setId("officer-photo-message");
        uploadMessage.addClassName("field-message");
        uploadMessage.getElement().setAttribute("aria-live", "polite");

        alt.setLabel(getTranslation("admin.officers.photo.alt"));
        alt.setHelperText(getTranslation("admin.officers.photo.alt.helper"));
        alt.setMaxLength(Officer.PHOTO_ALT_MAX);
        alt.setRequiredIndicatorVisible(true);
        alt.setWidthFull();

        var save = new Button(getTranslation("admin.officers.photo.save"), click -> save());
        outcome.getElement().setAttribute("role", "status");
        add(heading, current, new Paragraph(getTranslation("admin.officers.photo.rules",
                PhotoProcessor.MAX_BYTES / (1024 * 1024))), upload, uploadMessage, alt, save, outcome);
    }

    void show(EditableOfficer officer) {
        this.officer = officer;
        current.removeAll();
        if (officer.photoUrl() == null) {
            current.add(new Paragraph(getTranslation("admin.officers.photo.none")));
        } else {
            var image = new Image(officer.photoUrl(), officer.photoAlt() == null ? "" : officer.photoAlt());
            image.setWidth("160px");
            image.addClassName("officer__photo");
            current.add(image, new Paragraph(getTranslation("admin.officers.photo.current-alt", officer.photoAlt())));
        }
        alt.setValue(officer.photoAlt() == null ? "" : officer.photoAlt());
        alt.setInvalid(false);
    }

    private void save() {
        outcome.setText("");
        if (officer == null) {
            return;
        }
        var data = chosen;
        if (data == null) {
            showUploadMessage(getTranslation("admin.officers.photo.required"), true);
            return;
        }
        if (alt.getValue().isBlank()) {
            alt.setErrorMessage(getTranslation("admin.officers.photo.alt.required"));
            alt.setInvalid(true);
            return;
        }
        alt.setInvalid(false);
        try {
            var saved = officers.replacePhoto(officer.id(), officer.version(), data, chosenName, alt.getValue());
            chosen = null;
            upload.clearFileList();
            showUploadMessage("", false);
            outcome.setText(getTranslation("admin.officers.photo.saved"));
            replaced.accept(saved);
        } catch (PhotoRefusedException refused) {
            showRefusal(refused.refused());
        } catch (ConstraintViolationException invalid) {
            alt.setErrorMessage(getTranslation("admin.officers.photo.alt.required"));
            alt.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException denied) {
            outcome.setText(denied.getMessage());
        }
    }

    private void showRefusal(RefusedPhoto.Reason reason) {
        showRefusal(new RefusedPhoto(reason));
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
