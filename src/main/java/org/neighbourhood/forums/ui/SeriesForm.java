package org.neighbourhood.forums.ui;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.security.UserService.UserSummary;

/** A forum series' public description, its address name (new series only) and, for administrators, its facilitators. */
class SeriesForm extends FormLayout {

    private final TextField slug = text("admin.forums.series.slug", Slugs.MAX_LENGTH);
    private final TextField name = text("admin.forums.series.name", 200);
    private final TextField namePl = text("admin.forums.series.name-pl", 200);
    private final TextArea summary = area("admin.forums.series.summary", 500);
    private final TextArea summaryPl = area("admin.forums.series.summary-pl", 500);
    private final TextArea description = area("admin.events.description", 4000);
    private final TextArea descriptionPl = area("admin.events.description-pl", 4000);
    private final TextField cadence = text("admin.forums.series.cadence", 200);
    private final TextField cadencePl = text("admin.forums.series.cadence-pl", 200);
    private final Checkbox published = new Checkbox(getTranslation("admin.forums.series.published"));
    private final MultiSelectComboBox<UserSummary> facilitators =
            new MultiSelectComboBox<>(getTranslation("admin.forums.series.facilitators"));

    SeriesForm() {
        slug.setHelperText(getTranslation("admin.forums.series.slug.helper"));
        cadence.setHelperText(getTranslation("admin.forums.series.cadence.helper"));
        facilitators.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        for (var field : new com.vaadin.flow.component.HasValidation[] {slug, name, summary}) {
            field.setManualValidation(true);
        }
        add(slug, facilitators, name, namePl, summary, summaryPl, cadence, cadencePl, description, descriptionPl,
                published);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /** Shows a series, or an empty form for a new one; facilitators only where the user may assign them. */
    void read(@Nullable SeriesContent content, java.util.List<UserSummary> candidates, Set<Long> assigned,
            boolean isNew, boolean canAssign) {
        slug.setVisible(isNew);
        slug.clear();
        facilitators.setVisible(canAssign);
        facilitators.setItems(candidates);
        facilitators.setValue(candidates.stream().filter(u -> assigned.contains(u.id())).collect(Collectors.toSet()));
        name.setValue(content == null ? "" : content.name());
        namePl.setValue(SessionDraft.orEmpty(content == null ? null : content.namePl()));
        summary.setValue(content == null ? "" : content.summary());
        summaryPl.setValue(SessionDraft.orEmpty(content == null ? null : content.summaryPl()));
        description.setValue(SessionDraft.orEmpty(content == null ? null : content.description()));
        descriptionPl.setValue(SessionDraft.orEmpty(content == null ? null : content.descriptionPl()));
        cadence.setValue(SessionDraft.orEmpty(content == null ? null : content.cadence()));
        cadencePl.setValue(SessionDraft.orEmpty(content == null ? null : content.cadencePl()));
        published.setValue(content != null && content.published());
        for (var field : new com.vaadin.flow.component.HasValidation[] {slug, name, summary}) {
            field.setInvalid(false);
        }
    }

    /** The content, or null after marking the fields that need attention. */
    @Nullable SeriesContent content() {
        boolean ok = true;
        if (slug.isVisible() && !Slugs.isValid(slug.getValue().strip())) {
            slug.setErrorMessage(getTranslation("admin.forums.series.slug.invalid"));
            slug.setInvalid(true);
            ok = false;
        }
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("admin.forums.required"));
            name.setInvalid(true);
            ok = false;
        }
        if (summary.getValue().isBlank()) {
            summary.setErrorMessage(getTranslation("admin.forums.required"));
            summary.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new SeriesContent(name.getValue().strip(), SessionDraft.blank(namePl.getValue()),
                summary.getValue().strip(), SessionDraft.blank(summaryPl.getValue()),
                SessionDraft.blank(description.getValue()), SessionDraft.blank(descriptionPl.getValue()),
                SessionDraft.blank(cadence.getValue()), SessionDraft.blank(cadencePl.getValue()), published.getValue());
    }

    String slug() {
        return slug.getValue().strip();
    }

    void refuseSlug(String message) {
        slug.setErrorMessage(message);
        slug.setInvalid(true);
    }

    Set<Long> facilitatorIds() {
        return facilitators.getValue().stream().map(UserSummary::id).collect(Collectors.toSet());
    }

    private TextField text(String key, int max) {
        return FormFields.text(getTranslation(key), max);
    }

    private TextArea area(String key, int max) {
        return FormFields.area(getTranslation(key), max);
    }
}
