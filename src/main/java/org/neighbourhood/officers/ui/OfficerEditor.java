package org.neighbourhood.officers.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.officers.EditableOfficer;
import org.neighbourhood.officers.Officer;
import org.neighbourhood.officers.OfficerService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One officer's profile as the back office edits it: their role and why they do the job in each language the
 * portal's content is written in, their team, the languages they speak, their photo and the revision history. An
 * officer editing their own profile sees their role and team but cannot change them; the service refuses that too.
 */
class OfficerEditor extends Div {

    private final OfficerService officers;
    private final ContentLanguages contentLanguages;
    private final Consumer<EditableOfficer> changed;
    private final Binder<OfficerForm> binder = new Binder<>();
    private final H2 heading = new H2();
    private final List<TextField> roles = new ArrayList<>();
    private final TextField team = new TextField();
    private final Paragraph outcome = new Paragraph();
    private final OfficerPhotoEditor photo;
    private final Details history = new Details();
    private @Nullable EditableOfficer editing;

    /** {@code changed} hears of every saved change, with the officer's new version. */
    OfficerEditor(OfficerService officers, ContentLanguages contentLanguages, Consumer<EditableOfficer> changed) {
        this.officers = officers;
        this.contentLanguages = contentLanguages;
        this.changed = changed;
        this.photo = new OfficerPhotoEditor(officers, this::photoReplaced);
        addClassName("officer-editor");
        var save = new Button(getTranslation("admin.officers.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save);
        buttons.addClassName("admin-buttons");
        outcome.getElement().setAttribute("role", "status");
        history.setSummaryText(getTranslation("admin.officers.history"));
        add(heading, form(), buttons, outcome, photo, history);
    }

    private FormLayout form() {
        var form = new FormLayout();
        for (var language : contentLanguages.all()) {
            form.add(role(language));
        }
        team.setLabel(getTranslation("admin.officers.team"));
        team.setMaxLength(Officer.TEAM_MAX);
        binder.forField(team).asRequired(getTranslation("admin.officers.team.required"))
                .bind(OfficerForm::getTeamName, OfficerForm::setTeamName);
        form.add(team);
        for (var language : contentLanguages.all()) {
            form.add(bio(language));
        }
        var languages = new MultiSelectComboBox<String>(getTranslation("admin.officers.languages"));
        languages.setItems(Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(this::languageName)).toList());
        languages.setItemLabelGenerator(this::languageName);
        binder.forField(languages).bind(OfficerForm::getLanguages, OfficerForm::setLanguages);

        form.add(languages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private String languageName(String code) {
        return Locale.of(code).getDisplayLanguage(getLocale());
    }

    /** The role in one language: required in the first, the others optional translations. */
    private TextField role(Locale language) {
        var tag = language.getLanguage();
        var field = new TextField(getTranslation("admin.officers.role.in", languageName(tag)));
        field.setMaxLength(Officer.ROLE_MAX);
        var binding = binder.forField(field);
        if (language.equals(contentLanguages.first())) {
            binding.asRequired(getTranslation("admin.officers.role.required"));
        }
        binding.bind(form -> form.getRole(tag), (form, role) -> form.setRole(tag, role));
        roles.add(field);
        return field;
    }

    /** The story in one language; every language is optional, the others say what readers see without it. */
    private TextArea bio(Locale language) {
        var tag = language.getLanguage();
        var area = new TextArea(getTranslation("admin.officers.bio", languageName(tag)));
        area.setMaxLength(Officer.BIO_MAX);
        area.setMinRows(3);
        area.setHelperText(getTranslation(language.equals(contentLanguages.first()) ? "admin.officers.bio.helper"
                : "admin.officers.bio.translation.helper"));
        binder.forField(area).bind(form -> form.getBio(tag), (form, bio) -> form.setBio(tag, bio));
        return area;
    }

    void show(EditableOfficer officer) {
        editing = officer;
        outcome.setText("");
        heading.setText(getTranslation("admin.officers.edit", officer.titledName()));
        binder.readBean(OfficerForm.of(officer.details()));
        var fixed = !officer.roleAndTeamEditable();
        team.setReadOnly(fixed);
        for (var role : roles) {
            role.setReadOnly(fixed);
            role.setHelperText(fixed ? null : getTranslation("admin.officers.role.translation.helper"));
        }
        roles.getFirst().setHelperText(fixed ? getTranslation("admin.officers.role.fixed") : null);
        photo.show(officer);
        showHistory(officer.id());
    }

    private void save() {
        outcome.setText("");
        if (editing == null) {
            return;
        }
        // Starts from the saved profile, so fields this person may not change keep their values.
        var form = OfficerForm.of(editing.details());
        if (!binder.writeBeanIfValid(form)) {
            outcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        try {
            var saved = officers.update(editing.id(), editing.version(), form.details());
            afterChange(saved);
            outcome.setText(getTranslation("admin.saved"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (ConstraintViolationException invalid) {
            outcome.setText(getTranslation("refusal.invalid"));
        } catch (Refusal refused) {
            outcome.setText(getTranslation(refused.key(), languageArguments(refused)));
        } catch (AccessDeniedException refused) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    /** A refusal's arguments, a language such as {@code en} written as the reader calls it. */
    private Object[] languageArguments(Refusal refused) {
        var arguments = refused.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Locale language) {
                arguments[i] = language.getDisplayLanguage(getLocale());
            }
        }
        return arguments;
    }

    /** The photo section saved a new photo: the officer's version moved on, so the form must follow. */
    private void photoReplaced(EditableOfficer officer) {
        afterChange(officer);
    }

    private void afterChange(EditableOfficer officer) {
        editing = officer;
        photo.show(officer);
        showHistory(officer.id());
        changed.accept(officer);
    }

    private void showHistory(long id) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);
        var list = new UnorderedList();
        officers.history(id).forEach(entry -> list.add(new ListItem(when.format(entry.occurredAt()) + " – "
                + entry.actor() + " – " + entry.action() + (entry.details() == null ? "" : ": " + entry.details()))));
        history.removeAll();
        history.add(list);
    }
}
