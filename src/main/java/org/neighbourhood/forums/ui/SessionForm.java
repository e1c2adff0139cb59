package org.neighbourhood.forums.ui;

import java.time.Duration;
import java.util.Objects;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.forums.series.SessionFormat;

/** The fields of a forum session, validated at each field before the service checks them again. */
class SessionForm extends FormLayout {

    private final Binder<SessionDraft> binder = new Binder<>();

    SessionForm() {
        var title = text("admin.forums.session.title", 200);
        binder.forField(title).asRequired(getTranslation("admin.forums.session.title.required"))
                .bind(d -> d.title, (d, v) -> d.title = v);
        var titlePl = text("admin.forums.session.title-pl", 200);
        binder.forField(titlePl).bind(d -> d.titlePl, (d, v) -> d.titlePl = v);
        var format = new RadioButtonGroup<SessionFormat>(getTranslation("events.filter.format"));
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("event.format." + f.name()));
        binder.forField(format).bind(d -> d.format, (d, v) -> d.format = v);
        var starts = FormFields.dateTime(getTranslation("admin.events.starts"), getLocale());
        starts.setStep(Duration.ofMinutes(15));
        var ends = FormFields.dateTime(getTranslation("admin.events.ends"), getLocale());
        ends.setStep(Duration.ofMinutes(15));
        // Validators rather than asRequired: the picker's required flag trips an ARIA rule (see EventsAdminView).
        binder.forField(starts).withValidator(Objects::nonNull, getTranslation("admin.events.starts.required"))
                .bind(d -> d.startsAt, (d, v) -> d.startsAt = v);
        binder.forField(ends).withValidator(Objects::nonNull, getTranslation("admin.events.ends.required"))
                .withValidator(end -> starts.getValue() == null || end.isAfter(starts.getValue()),
                        getTranslation("admin.events.ends.after"))
                .bind(d -> d.endsAt, (d, v) -> d.endsAt = v);
        var capacity = new IntegerField(getTranslation("admin.forums.session.capacity"));
        capacity.setMin(1);
        capacity.setMax(1000);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("admin.forums.session.capacity.helper"));
        binder.forField(capacity).withValidator(c -> c != null && c >= 1 && c <= 1000,
                getTranslation("admin.forums.session.capacity.invalid")).bind(d -> d.capacity, (d, v) -> d.capacity = v);
        var venue = text("admin.events.venue", 200);
        binder.forField(venue).withValidator(v -> format.getValue() == SessionFormat.ONLINE || !v.isBlank(),
                getTranslation("admin.events.venue.required")).bind(d -> d.venueName, (d, v) -> d.venueName = v);
        var address = text("admin.events.address", 300);
        binder.forField(address).bind(d -> d.venueAddress, (d, v) -> d.venueAddress = v);
        var accessibility = area("admin.events.accessibility", 1000);
        accessibility.setHelperText(getTranslation("admin.forums.session.accessibility.helper"));
        binder.forField(accessibility).bind(d -> d.accessibilityNotes, (d, v) -> d.accessibilityNotes = v);
        var link = text("admin.events.link", 500);
        link.setHelperText(getTranslation("admin.events.link.helper"));
        binder.forField(link)
                .withValidator(l -> l.isBlank() ? format.getValue() == SessionFormat.IN_PERSON : l.startsWith("https://"),
                        getTranslation("admin.events.link.required"))
                .bind(d -> d.onlineUrl, (d, v) -> d.onlineUrl = v);
        var chairs = text("admin.forums.session.chairs", 300);
        chairs.setHelperText(getTranslation("admin.forums.session.chairs.helper"));
        binder.forField(chairs).bind(d -> d.chairs, (d, v) -> d.chairs = v);
        var description = area("admin.events.description", 4000);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        var descriptionPl = area("admin.events.description-pl", 4000);
        binder.forField(descriptionPl).bind(d -> d.descriptionPl, (d, v) -> d.descriptionPl = v);
        var circle = new Checkbox(getTranslation("admin.forums.session.circle"));
        binder.forField(circle).bind(d -> d.listeningCircle, (d, v) -> d.listeningCircle = v);
        var published = new Checkbox(getTranslation("admin.forums.session.published"));
        binder.forField(published).bind(d -> d.published, (d, v) -> d.published = v);
        add(title, titlePl, format, capacity, starts, ends, venue, address, accessibility, link, chairs, description,
                descriptionPl, circle, published);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void read(SessionDraft draft) {
        binder.readBean(draft);
    }

    /** The draft, or null when a field is wrong (each says what). */
    @Nullable SessionDraft writeIfValid() {
        var draft = new SessionDraft();
        return binder.writeBeanIfValid(draft) ? draft : null;
    }

    private TextField text(String key, int max) {
        return FormFields.text(getTranslation(key), max);
    }

    private TextArea area(String key, int max) {
        return FormFields.area(getTranslation(key), max);
    }
}
