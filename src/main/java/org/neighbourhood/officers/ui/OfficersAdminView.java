package org.neighbourhood.officers.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.officers.EditableOfficer;
import org.neighbourhood.officers.Officer;
import org.neighbourhood.officers.OfficerService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Neighbourhood teams keep their officers' profiles up to date here: role, team, why they do the job in English and
 * Polish, the languages they speak, and their photo with the text that describes it.
 */
@Route(value = "admin/officers", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class OfficersAdminView extends Main implements HasDynamicTitle {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final OfficerService officers;
    private final PageTitles titles;
    private final Grid<EditableOfficer> grid = new Grid<>();
    private final Binder<OfficerForm> binder = new Binder<>();
    private final H2 formHeading = new H2();
    private final Div editor = new Div();
    private final Paragraph outcome = new Paragraph();
    private final OfficerPhotoEditor photo;
    private final Details history = new Details();
    private @Nullable EditableOfficer editing;

    OfficersAdminView(OfficerService officers, PageTitles titles) {
        this.officers = officers;
        this.titles = titles;
        this.photo = new OfficerPhotoEditor(officers, this::photoReplaced);
        addClassName("admin-content");

        grid.addColumn(EditableOfficer::titledName).setHeader(getTranslation("admin.officers.name")).setFlexGrow(1);
        grid.addColumn(o -> o.details().role()).setHeader(getTranslation("admin.officers.role")).setAutoWidth(true);
        grid.addColumn(o -> String.join(", ", o.neighbourhoodNames()))
                .setHeader(getTranslation("admin.officers.neighbourhoods")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.officers.title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });

        var save = new Button(getTranslation("admin.officers.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new Div(save);
        buttons.addClassName("admin-buttons");
        outcome.getElement().setAttribute("role", "status");
        editor.add(formHeading, form(), buttons, outcome, photo, history);
        editor.setVisible(false);
        add(new H1(getTranslation("admin.officers.title")), new Paragraph(getTranslation("admin.officers.intro")),
                grid, editor);
        refresh();
    }

    private FormLayout form() {
        var role = new TextField(getTranslation("admin.officers.role"));
        role.setMaxLength(Officer.ROLE_MAX);
        binder.forField(role).asRequired(getTranslation("admin.officers.role.required"))
                .bind(OfficerForm::getRole, OfficerForm::setRole);
        var team = new TextField(getTranslation("admin.officers.team"));
        team.setMaxLength(Officer.TEAM_MAX);
        binder.forField(team).asRequired(getTranslation("admin.officers.team.required"))
                .bind(OfficerForm::getTeamName, OfficerForm::setTeamName);
        var bio = textArea("admin.officers.bio");
        bio.setHelperText(getTranslation("admin.officers.bio.helper"));
        binder.forField(bio).bind(OfficerForm::getBio, OfficerForm::setBio);
        var bioPl = textArea("admin.officers.bio-pl");
        bioPl.setHelperText(getTranslation("admin.officers.bio-pl.helper"));
        binder.forField(bioPl).bind(OfficerForm::getBioPl, OfficerForm::setBioPl);
        var languages = new MultiSelectComboBox<String>(getTranslation("admin.officers.languages"));
        languages.setItems(Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(this::languageName)).toList());
        languages.setItemLabelGenerator(this::languageName);
        binder.forField(languages).bind(OfficerForm::getLanguages, OfficerForm::setLanguages);

        var form = new FormLayout(role, team, bio, bioPl, languages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private String languageName(String code) {
        return Locale.of(code).getDisplayLanguage(getLocale());
    }

    private TextArea textArea(String key) {
        var area = new TextArea(getTranslation(key));
        area.setMaxLength(Officer.BIO_MAX);
        area.setMinRows(3);
        return area;
    }

    private void edit(EditableOfficer officer) {
        editing = officer;
        outcome.setText("");
        formHeading.setText(getTranslation("admin.officers.edit", officer.titledName()));
        binder.readBean(OfficerForm.of(officer.details()));
        photo.show(officer);
        showHistory(officer.id());
        editor.setVisible(true);
    }

    private void save() {
        outcome.setText("");
        if (editing == null) {
            return;
        }
        var form = new OfficerForm();
        if (!binder.writeBeanIfValid(form)) {
            outcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        try {
            editing = officers.update(editing.id(), editing.version(), form.details());
            outcome.setText(getTranslation("admin.saved"));
            afterChange(editing);
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (ConstraintViolationException | AccessDeniedException refused) {
            outcome.setText(refused.getMessage());
        }
    }

    /** The photo section saved a new photo: the officer's version moved on, so the form must follow. */
    private void photoReplaced(EditableOfficer officer) {
        editing = officer;
        afterChange(officer);
    }

    private void afterChange(EditableOfficer officer) {
        refresh();
        photo.show(officer);
        showHistory(officer.id());
    }

    private void showHistory(long id) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(LONDON);
        var list = new UnorderedList();
        officers.history(id).forEach(entry -> list.add(new ListItem(when.format(entry.occurredAt()) + " – "
                + entry.actor() + " – " + entry.action() + (entry.details() == null ? "" : ": " + entry.details()))));
        history.setSummaryText(getTranslation("admin.officers.history"));
        history.removeAll();
        history.add(list);
    }

    private void refresh() {
        grid.setItems(officers.editable());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.officers.title"));
    }
}
