package org.neighbourhood.forums.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.security.UserService.UserSummary;

/**
 * A forum series' public description, one section per content language, its address name (new series only) and,
 * for administrators, its facilitators.
 */
class SeriesForm extends FormLayout {

    private final TextField slug = text("admin.forums.series.slug", Slugs.MAX_LENGTH);
    private final List<LanguageFields> texts = new ArrayList<>();
    private final Checkbox published = new Checkbox(getTranslation("admin.forums.series.published"));
    private final MultiSelectComboBox<UserSummary> facilitators =
            new MultiSelectComboBox<>(getTranslation("admin.forums.series.facilitators"));
    /** What was read, so that texts in a language no longer configured are kept as they were. */
    private Map<String, SeriesText> read = Map.of();

    /** The fields of one language. */
    private final class LanguageFields {
        final LanguageSection section;
        final TextField name = text("admin.forums.series.name", SeriesText.NAME_MAX);
        final TextArea summary = area("admin.forums.series.summary", SeriesText.SUMMARY_MAX);
        final TextField cadence = text("admin.forums.series.cadence", SeriesText.CADENCE_MAX);
        final TextArea description = area("admin.forums.description", SeriesText.DESCRIPTION_MAX);

        LanguageFields(Locale language, boolean first) {
            section = new LanguageSection(language, first);
            cadence.setHelperText(getTranslation("admin.forums.series.cadence.helper"));
            name.setManualValidation(true);
            summary.setManualValidation(true);
            section.addFields(name, cadence, summary, description);
            section.setColspan(summary, 2);
            section.setColspan(description, 2);
        }

        void read(SeriesText text) {
            name.setValue(SessionDraft.orEmpty(text.name()));
            summary.setValue(SessionDraft.orEmpty(text.summary()));
            cadence.setValue(SessionDraft.orEmpty(text.cadence()));
            description.setValue(SessionDraft.orEmpty(text.description()));
            name.setInvalid(false);
            summary.setInvalid(false);
            section.setOpened(section == texts.getFirst().section || !isEmpty());
        }

        SeriesText written() {
            return new SeriesText(name.getValue(), summary.getValue(), description.getValue(), cadence.getValue());
        }

        boolean isEmpty() {
            return name.getValue().isBlank() && summary.getValue().isBlank() && cadence.getValue().isBlank()
                    && description.getValue().isBlank();
        }

        /** The first language needs a name and a summary; another needs them once anything is written in it. */
        boolean check(boolean required) {
            if (!required && isEmpty()) {
                return true;
            }
            boolean ok = require(name) & require(summary);
            if (!ok) {
                section.setOpened(true);
            }
            return ok;
        }
    }

    SeriesForm(List<Locale> languages) {
        slug.setHelperText(getTranslation("admin.forums.series.slug.helper"));
        slug.setManualValidation(true);
        facilitators.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        add(slug, facilitators);
        for (var language : languages) {
            var fields = new LanguageFields(language, texts.isEmpty());
            texts.add(fields);
            add(fields.section);
            setColspan(fields.section, 2);
        }
        add(published);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** Shows a series, or an empty form for a new one; facilitators only where the user may assign them. */
    void read(@Nullable SeriesContent content, List<UserSummary> candidates, Set<Long> assigned, boolean isNew,
            boolean canAssign) {
        slug.setVisible(isNew);
        slug.clear();
        slug.setInvalid(false);
        facilitators.setVisible(canAssign);
        facilitators.setItems(candidates);
        facilitators.setValue(candidates.stream().filter(u -> assigned.contains(u.id())).collect(Collectors.toSet()));
        read = content == null ? Map.of() : content.texts();
        for (var fields : texts) {
            fields.read(content == null ? SeriesText.EMPTY : content.text(fields.section.tag()));
        }
        published.setValue(content != null && content.published());
    }

    /** The content, or null after marking the fields that need attention. */
    @Nullable SeriesContent content() {
        boolean ok = true;
        if (slug.isVisible() && !Slugs.isValid(slug.getValue().strip())) {
            slug.setErrorMessage(getTranslation("admin.forums.series.slug.invalid"));
            slug.setInvalid(true);
            ok = false;
        }
        var written = new HashMap<>(read);
        for (var fields : texts) {
            ok &= fields.check(fields == texts.getFirst());
            written.put(fields.section.tag(), fields.written());
        }
        return ok ? new SeriesContent(written, published.getValue()) : null;
    }

    String slug() {
        return slug.getValue().strip();
    }

    void refuseSlug(String message) {
        slug.setErrorMessage(message);
        slug.setInvalid(true);
    }

    /** Marks the first language's name when the service refused the content for want of it. */
    void refuseTexts(String language, String message) {
        texts.stream().filter(fields -> fields.section.tag().equals(language)).findFirst().ifPresent(fields -> {
            fields.name.setErrorMessage(message);
            fields.name.setInvalid(true);
            fields.section.setOpened(true);
        });
    }

    Set<Long> facilitatorIds() {
        return facilitators.getValue().stream().map(UserSummary::id).collect(Collectors.toSet());
    }

    private <F extends com.vaadin.flow.component.HasValue<?, String> & HasValidation> boolean require(F field) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(getTranslation("admin.forums.required"));
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private TextField text(String key, int max) {
        return FormFields.text(getTranslation(key), max);
    }

    private TextArea area(String key, int max) {
        return FormFields.area(getTranslation(key), max);
    }
}
