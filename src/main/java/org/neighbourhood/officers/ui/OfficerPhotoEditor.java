package org.neighbourhood.officers.ui;

import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.PictureUploadField;
import org.neighbourhood.officers.EditableOfficer;
import org.neighbourhood.officers.Officer;
import org.neighbourhood.officers.OfficerService;

/** An officer's photo: the one the public sees now, with its description, and the means to replace both. */
class OfficerPhotoEditor extends Composite<PictureUploadField> {

    private final OfficerService officers;
    private final Consumer<EditableOfficer> replaced;
    private final PictureUploadField field;
    private @Nullable EditableOfficer officer;

    OfficerPhotoEditor(OfficerService officers, Consumer<EditableOfficer> replaced) {
        this.officers = officers;
        this.replaced = replaced;
        this.field = new PictureUploadField("admin.officers.photo", "officer-photo", Officer.PHOTO_ALT_MAX,
                this::save, null);
        field.addClassName("officer-photo-editor");
    }

    @Override
    protected PictureUploadField initContent() {
        return field;
    }

    void show(EditableOfficer officer) {
        this.officer = officer;
        if (officer.photoUrl() == null) {
            field.show(null, officer.photoAlt());
        } else {
            var image = new Image(officer.photoUrl(), officer.photoAlt() == null ? "" : officer.photoAlt());
            image.setWidth("160px");
            image.addClassName("officer__photo");
            field.show(image, officer.photoAlt());
        }
    }

    private void save(byte[] data, String filename, String alt) {
        // The editor is shown only once an officer is chosen.
        var current = Objects.requireNonNull(officer);
        replaced.accept(officers.replacePhoto(current.id(), current.version(), data, filename, alt));
    }
}
