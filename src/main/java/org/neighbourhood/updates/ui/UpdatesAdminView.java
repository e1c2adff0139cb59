package org.neighbourhood.updates.ui;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.HistoryPanel;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.EditableUpdate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Neighbourhood teams write their updates here: draft, preview, publish now or later, unpublish, delete. */
@Route(value = "admin/updates", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class UpdatesAdminView extends Main implements HasDynamicTitle {

    private final UpdateService updates;
    private final PageTitles titles;
    private final Map<Long, NeighbourhoodSummary> neighbourhoods;
    private final Grid<EditableUpdate> grid = new Grid<>();
    private final Binder<UpdateForm> binder = new Binder<>();
    private final H2 formHeading = new H2();
    private final Paragraph state = new Paragraph();
    private final Paragraph altWarning = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final DateTimePicker publishAt = new DateTimePicker();
    private final UpdateImageEditor image;
    private final HistoryPanel history = new HistoryPanel();
    private @Nullable EditableUpdate editing;

    UpdatesAdminView(UpdateService updates, NeighbourhoodService neighbourhoodService, Permissions permissions,
            PageTitles titles) {
        this.updates = updates;
        this.titles = titles;
        var editable = permissions.editableNeighbourhoods();
        this.neighbourhoods = neighbourhoodService.findAll().stream().filter(n -> editable.includes(n.id()))
                .collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
        this.image = new UpdateImageEditor(updates, changed -> {
            editing = changed;
            afterChange();
        });
        addClassName("admin-content");

        grid.addColumn(u -> u.content().title()).setHeader(getTranslation("admin.updates.update-title"))
                .setFlexGrow(1);
        grid.addColumn(u -> neighbourhoods.containsKey(u.neighbourhoodId())
                        ? neighbourhoods.get(u.neighbourhoodId()).name() : "")
                .setHeader(getTranslation("admin.priorities.neighbourhood")).setAutoWidth(true);
        grid.addColumn(u -> HistoryPanel.state(this, u.publication(), u.publishAt(), u.live()))
                .setHeader(getTranslation("admin.priorities.state")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.updates.title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        outcome.getElement().setAttribute("role", "status");
        altWarning.addClassName("field-message--error");
        altWarning.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("admin.updates.title")),
                new Button(getTranslation("admin.updates.new"), click -> startNew()), grid, formHeading, state,
                form(), altWarning, buttons(), outcome, image, history);
        startNew();
        refresh();
    }

    private FormLayout form() {
        var neighbourhood = new ComboBox<NeighbourhoodSummary>(getTranslation("admin.priorities.neighbourhood"));
        neighbourhood.setItems(neighbourhoods.values().stream().sorted(Comparator.comparing(NeighbourhoodSummary::name))
                .toList());
        neighbourhood.setItemLabelGenerator(NeighbourhoodSummary::name);
        binder.forField(neighbourhood).asRequired(getTranslation("admin.priorities.neighbourhood.required"))
                .bind(UpdateForm::getNeighbourhood, UpdateForm::setNeighbourhood);
        var title = new TextField(getTranslation("admin.updates.update-title"));
        title.setMaxLength(UpdateContent.TITLE_MAX);
        binder.forField(title).asRequired(getTranslation("admin.updates.title.required"))
                .bind(UpdateForm::getTitle, UpdateForm::setTitle);
        var titlePl = new TextField(getTranslation("admin.updates.title-pl"));
        titlePl.setMaxLength(UpdateContent.TITLE_MAX);
        binder.forField(titlePl).bind(UpdateForm::getTitlePl, UpdateForm::setTitlePl);
        var body = area("admin.updates.body");
        binder.forField(body).asRequired(getTranslation("admin.updates.body.required"))
                .bind(UpdateForm::getBody, UpdateForm::setBody);
        var bodyPl = area("admin.updates.body-pl");
        binder.forField(bodyPl).bind(UpdateForm::getBodyPl, UpdateForm::setBodyPl);
        var form = new FormLayout(neighbourhood, title, titlePl, body, bodyPl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(neighbourhood, 2);
        return form;
    }

    private TextArea area(String key) {
        var area = new TextArea(getTranslation(key));
        area.setMaxLength(UpdateContent.BODY_MAX);
        area.setMinRows(8);
        area.setHelperText(getTranslation("admin.updates.body.helper"));
        return area;
    }

    private Div buttons() {
        var save = new Button(getTranslation("admin.priorities.save-draft"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var preview = new Button(getTranslation("admin.priorities.preview"), click -> preview());
        var publishNow = new Button(getTranslation("admin.priorities.publish"), click -> publish(null));
        publishAt.setLabel(getTranslation("admin.priorities.publish-at"));
        publishAt.setStep(Duration.ofMinutes(15));
        var schedule = new Button(getTranslation("admin.priorities.schedule"), click -> {
            publishAt.setInvalid(publishAt.getValue() == null);
            publishAt.setErrorMessage(getTranslation("admin.priorities.publish-at.required"));
            if (publishAt.getValue() != null) {
                publish(publishAt.getValue().atZone(UpdateService.LONDON).toInstant());
            }
        });
        var unpublish = new Button(getTranslation("admin.priorities.unpublish"), click -> {
            if (editing != null) {
                change(() -> updates.unpublish(editing.id(), editing.version()), "admin.priorities.unpublished");
            }
        });
        var delete = new Button(getTranslation("admin.priorities.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new Div(save, preview, publishNow, publishAt, schedule, unpublish, delete);
        buttons.addClassName("admin-buttons");
        return buttons;
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        formHeading.setText(getTranslation("admin.updates.new"));
        state.setText(getTranslation("admin.priorities.state.new"));
        altWarning.setText("");
        var blank = new UpdateForm();
        blank.setNeighbourhood(neighbourhoods.size() == 1 ? neighbourhoods.values().iterator().next() : null);
        binder.readBean(blank);
        image.show(null);
        history.setVisible(false);
    }

    private void edit(EditableUpdate update) {
        editing = update;
        formHeading.setText(getTranslation("admin.updates.edit"));
        state.setText(HistoryPanel.state(this, update.publication(), update.publishAt(), update.live()));
        binder.readBean(UpdateForm.of(neighbourhoods.get(update.neighbourhoodId()), update.content()));
        warnOfMissingAltTexts(update.content());
        image.show(update);
        history.show(updates.history(update.id()));
    }

    private boolean save() {
        outcome.setText("");
        var form = new UpdateForm();
        if (!binder.writeBeanIfValid(form)) {
            outcome.setText(getTranslation("admin.fix-fields"));
            return false;
        }
        try {
            var neighbourhood = Objects.requireNonNull(form.getNeighbourhood());
            editing = editing == null ? updates.create(neighbourhood.id(), form.content())
                    : updates.update(editing.id(), editing.version(), form.content());
            outcome.setText(getTranslation("admin.saved"));
            warnOfMissingAltTexts(form.content());
            afterChange();
            return true;
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (ConstraintViolationException | AccessDeniedException refused) {
            outcome.setText(refused.getMessage());
        }
        return false;
    }

    /** Images in the Markdown are still shown without a description, but the editor is asked to add one. */
    private void warnOfMissingAltTexts(UpdateContent content) {
        var missing = updates.missingAltTexts(content);
        altWarning.setText(missing.isEmpty() ? "" : getTranslation("admin.updates.missing-alt",
                String.join(", ", missing)));
    }

    private void publish(java.time.@Nullable Instant at) {
        if (save() && editing != null) {
            change(() -> updates.publish(editing.id(), editing.version(), at),
                    at == null ? "admin.priorities.published" : "admin.priorities.scheduled");
        }
    }

    private void change(Supplier<EditableUpdate> operation, String doneKey) {
        try {
            editing = operation.get();
            outcome.setText(getTranslation(doneKey,
                    HistoryPanel.state(this, editing.publication(), editing.publishAt(), editing.live())));
            afterChange();
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException refused) {
            outcome.setText(refused.getMessage());
        }
    }

    private void confirmDelete() {
        if (editing == null) {
            return;
        }
        var target = editing;
        var dialog = new ConfirmDialog(getTranslation("admin.updates.delete.title"),
                getTranslation("admin.priorities.delete.text", target.content().title()),
                getTranslation("admin.priorities.delete"), confirmed -> {
                    try {
                        updates.delete(target.id(), target.version());
                        outcome.setText(getTranslation("admin.priorities.deleted"));
                        refresh();
                        startNew();
                    } catch (ObjectOptimisticLockingFailureException stale) {
                        outcome.setText(getTranslation("admin.stale"));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Shows the update as its public page will, in English and in Polish: the rendered, sanitised text. */
    private void preview() {
        var form = new UpdateForm();
        if (!binder.writeBeanIfValid(form)) {
            outcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        warnOfMissingAltTexts(form.content());
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.priorities.preview"));
        for (var locale : new Locale[] {Locale.ENGLISH, Locale.of("pl")}) {
            var shown = updates.preview(form.content(), locale);
            dialog.add(new H2(locale.getDisplayLanguage(getLocale())), new H3(shown.title()));
            if (!shown.inRequestedLanguage()) {
                var note = new Paragraph(getTranslation(locale, "content.english-only"));
                note.addClassName("note");
                dialog.add(note);
            }
            dialog.add(UpdateView.body(shown.bodyHtml()));
        }
        dialog.getFooter().add(new Button(getTranslation("admin.close"), click -> dialog.close()));
        dialog.open();
    }

    private void afterChange() {
        refresh();
        if (editing != null) {
            state.setText(HistoryPanel.state(this, editing.publication(), editing.publishAt(), editing.live()));
            formHeading.setText(getTranslation("admin.updates.edit"));
            image.show(editing);
            history.show(updates.history(editing.id()));
        }
    }

    private void refresh() {
        grid.setItems(updates.editable());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.updates.title"));
    }
}
