package org.neighbourhood.events.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.Zones;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventText;
import org.neighbourhood.events.EventType;
import org.neighbourhood.publishing.ui.EditorContext;
import org.neighbourhood.publishing.ui.ItemEditorView;

/** Neighbourhood teams write their events here: draft, preview, publish now or later, unpublish, delete. */
@Route(value = "admin/events", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class EventsAdminView extends ItemEditorView<EventService, EventText, EventContent, EventForm> {

    EventsAdminView(EventService events, EditorContext context) {
        super(events, context, "admin.events", EventForm::of);
        build(new Column<>("admin.events.when", EventCard::when));
    }

    @Override
    protected List<Component> fields(Binder<EventForm> binder) {
        var type = new ComboBox<EventType>(getTranslation("events.filter.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> getTranslation("event.type." + t.name()));
        binder.forField(type).asRequired(getTranslation("admin.events.type.required"))
                .bind(EventForm::getType, EventForm::setType);
        var format = new RadioButtonGroup<EventFormat>(getTranslation("events.filter.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("event.format." + f.name()));
        binder.forField(format).bind(EventForm::getFormat, EventForm::setFormat);
        var starts = FormFields.dateTime(getTranslation("admin.events.starts"), getLocale());
        starts.setStep(Duration.ofMinutes(15));
        var ends = FormFields.dateTime(getTranslation("admin.events.ends"), getLocale());
        ends.setStep(Duration.ofMinutes(15));
        // Validators rather than asRequired: the date-time picker's required flag puts an ARIA attribute on an
        // element without a role, which assistive technology cannot use.
        binder.forField(starts).withValidator(Objects::nonNull, getTranslation("admin.events.starts.required"))
                .bind(EventForm::getStartsAt, EventForm::setStartsAt);
        binder.forField(ends).withValidator(Objects::nonNull, getTranslation("admin.events.ends.required"))
                .withValidator(end -> starts.getValue() == null || end.isAfter(starts.getValue()),
                        getTranslation("admin.events.ends.after"))
                .bind(EventForm::getEndsAt, EventForm::setEndsAt);
        var venue = FormFields.text(getTranslation("admin.events.venue"), 200);
        venue.setHelperText(getTranslation("admin.events.venue.helper"));
        binder.forField(venue).withValidator(v -> format.getValue() == EventFormat.ONLINE || !v.isBlank(),
                getTranslation("admin.events.venue.required")).bind(EventForm::getVenueName, EventForm::setVenueName);
        var address = FormFields.text(getTranslation("admin.events.address"), 300);
        binder.forField(address).bind(EventForm::getVenueAddress, EventForm::setVenueAddress);
        var link = FormFields.text(getTranslation("admin.events.link"), 500);
        link.setHelperText(getTranslation("admin.events.link.helper"));
        binder.forField(link)
                .withValidator(l -> l.isBlank() ? format.getValue() == EventFormat.IN_PERSON : l.startsWith("https://"),
                        getTranslation("admin.events.link.required"))
                .bind(EventForm::getOnlineUrl, EventForm::setOnlineUrl);
        return List.of(type, format, starts, ends, venue, address, link);
    }

    @Override
    protected List<Component> textFields(Binder<EventForm> binder, String language, String languageName,
            boolean first) {
        var title = FormFields.text(getTranslation("admin.events.event-title", languageName), EventContent.TITLE_MAX);
        var description = FormFields.area(getTranslation("admin.events.description", languageName),
                EventContent.DESCRIPTION_MAX);
        var accessibility = FormFields.area(getTranslation("admin.events.accessibility-in", languageName),
                EventContent.ACCESSIBILITY_MAX);
        accessibility.setHelperText(getTranslation("admin.events.accessibility.helper"));
        return List.of(bindNeeded(title, language, EventForm.TITLE, first, "admin.events.title.required",
                description, accessibility), bind(description, language, EventForm.DESCRIPTION),
                bind(accessibility, language, EventForm.ACCESSIBILITY));
    }

    @Override
    protected EventForm newForm() {
        var start = LocalDateTime.now(context.clock().withZone(Zones.LONDON)).plusDays(7).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        var form = new EventForm();
        form.setStartsAt(start);
        form.setEndsAt(start.plusHours(2));
        return form;
    }

    @Override
    protected Component card(EventContent content, Locale language) {
        return listed("event-list", new EventCard(service.preview(content, language), language));
    }
}
