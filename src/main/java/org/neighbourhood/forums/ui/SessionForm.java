package org.neighbourhood.forums.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.neighbourhood.forums.series.SessionText;

/** The fields of a forum session, validated at each field before the service checks them again. */
class SessionForm extends FormLayout {

    private final Binder<SessionDraft> binder = new Binder<>();
    private SessionDraft read = new SessionDraft();

    /** The sections of the content languages, first one first: the form's texts, open where written. */
    private final List<LanguageSection> sections = new ArrayList<>();
    private final Map<LanguageSection, TextField> titles = new LinkedHashMap<>();

    SessionForm(List<Locale> languages) {
        for (var language : languages) {
            sections.add(texts(language, sections.isEmpty()));
        }
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
        var circle = new Checkbox(getTranslation("admin.forums.session.circle"));
        binder.forField(circle).bind(d -> d.listeningCircle, (d, v) -> d.listeningCircle = v);
        var published = new Checkbox(getTranslation("admin.forums.session.published"));
        binder.forField(published).bind(d -> d.published, (d, v) -> d.published = v);
        for (var section : sections) {
            add(section);
            setColspan(section, 2);
        }
        add(format, capacity, starts, ends, venue, address, accessibility, link, chairs, circle, published);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /**
     * One language's title and description. The first language's title is required; another's once a description
     * is written in it, since a translation without a title is never shown.
     */
    private LanguageSection texts(Locale language, boolean first) {
        var tag = language.getLanguage();
        var section = new LanguageSection(language, first);
        var title = text("admin.forums.session.title", SessionText.TITLE_MAX);
        var description = area("admin.forums.description", SessionText.DESCRIPTION_MAX);
        var binding = binder.forField(title);
        if (first) {
            binding = binding.asRequired(getTranslation("admin.forums.session.title.required"));
        } else {
            binding = binding.withValidator(t -> !t.isBlank() || description.getValue().isBlank(),
                    getTranslation("admin.forums.session.title.required"));
        }
        binding.bind(d -> d.text(tag).title, (d, v) -> d.text(tag).title = v);
        binder.forField(description).bind(d -> d.text(tag).description, (d, v) -> d.text(tag).description = v);
        section.addFields(title, description);
        section.setColspan(description, 2);
        titles.put(section, title);
        return section;
    }

    void read(SessionDraft draft) {
        read = draft;
        binder.readBean(draft);
        for (var section : sections) {
            var text = draft.texts.get(section.tag());
            section.setOpened(section == sections.getFirst()
                    || text != null && !(text.title.isBlank() && text.description.isBlank()));
        }
    }

    /** The draft, or null when a field is wrong (each says what, and its language's section opens). */
    @Nullable SessionDraft writeIfValid() {
        var draft = new SessionDraft();
        // Texts in a language no longer configured stay as they were.
        read.texts.forEach((language, text) -> {
            var copy = draft.text(language);
            copy.title = text.title;
            copy.description = text.description;
        });
        if (binder.writeBeanIfValid(draft)) {
            return draft;
        }
        titles.forEach((section, title) -> {
            if (title.isInvalid()) {
                section.setOpened(true);
            }
        });
        return null;
    }

    private TextField text(String key, int max) {
        return FormFields.text(getTranslation(key), max);
    }

    private TextArea area(String key, int max) {
        return FormFields.area(getTranslation(key), max);
    }
}
