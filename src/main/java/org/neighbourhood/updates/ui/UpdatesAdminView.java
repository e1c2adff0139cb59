package org.neighbourhood.updates.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.HistoryPanel;
import org.neighbourhood.admin.ui.PublishingControls;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.EditableUpdate;

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
    private final PublishingControls<EditableUpdate> controls;
    private final Paragraph altWarning = new Paragraph();
    private final UpdateImageEditor image;
    private final HistoryPanel history = new HistoryPanel();

    UpdatesAdminView(UpdateService updates, NeighbourhoodService neighbourhoodService, Permissions permissions,
            PageTitles titles) {
        this.updates = updates;
        this.titles = titles;
        var editable = permissions.editableNeighbourhoods();
        this.neighbourhoods = neighbourhoodService.findAll().stream().filter(n -> editable.includes(n.id()))
                .collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
        this.controls = new PublishingControls<>(new Actions(), "admin.updates.delete.title");
        this.image = new UpdateImageEditor(updates, changed -> {
            controls.edit(changed);
            afterChange(changed);
        });
        addClassName("admin-content");

        grid.addColumn(u -> u.content().title()).setHeader(getTranslation("admin.updates.update-title"))
                .setFlexGrow(1);
        grid.addColumn(u -> neighbourhoods.containsKey(u.neighbourhoodId())
                        ? neighbourhoods.get(u.neighbourhoodId()).name() : "")
                .setHeader(getTranslation("admin.priorities.neighbourhood")).setAutoWidth(true);
        grid.addColumn(u -> PublishingControls.describe(this, u))
                .setHeader(getTranslation("admin.priorities.state")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.updates.title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        altWarning.addClassName("field-message--error");
        altWarning.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("admin.updates.title")),
                new Button(getTranslation("admin.updates.new"), click -> startNew()), grid, formHeading,
                controls.stateLabel(), form(), altWarning, controls, image, history);
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

    private void startNew() {
        controls.edit(null);
        grid.asSingleSelect().clear();
        formHeading.setText(getTranslation("admin.updates.new"));
        altWarning.setText("");
        var blank = new UpdateForm();
        blank.setNeighbourhood(neighbourhoods.size() == 1 ? neighbourhoods.values().iterator().next() : null);
        binder.readBean(blank);
        image.show(null);
        history.setVisible(false);
    }

    private void edit(EditableUpdate update) {
        controls.edit(update);
        formHeading.setText(getTranslation("admin.updates.edit"));
        binder.readBean(UpdateForm.of(neighbourhoods.get(update.neighbourhoodId()), update.content()));
        warnOfMissingAltTexts(update.content());
        image.show(update);
        history.show(updates.history(update.id()));
    }

    /** What the publishing controls do with an update. */
    private final class Actions implements PublishingControls.Actions<EditableUpdate> {

        @Override
        public Optional<EditableUpdate> save(@Nullable EditableUpdate current) {
            var form = new UpdateForm();
            if (!binder.writeBeanIfValid(form)) {
                return Optional.empty();
            }
            var neighbourhood = Objects.requireNonNull(form.getNeighbourhood());
            var saved = current == null ? updates.create(neighbourhood.id(), form.content())
                    : updates.update(current.id(), current.version(), form.content());
            warnOfMissingAltTexts(form.content());
            return Optional.of(saved);
        }

        @Override
        public boolean preview() {
            return UpdatesAdminView.this.preview();
        }

        @Override
        public EditableUpdate publish(EditableUpdate update, @Nullable Instant at) {
            return updates.publish(update.id(), update.version(), at);
        }

        @Override
        public EditableUpdate unpublish(EditableUpdate update) {
            return updates.unpublish(update.id(), update.version());
        }

        @Override
        public void delete(EditableUpdate update) {
            updates.delete(update.id(), update.version());
        }

        @Override
        public String name(EditableUpdate update) {
            return update.content().title();
        }

        @Override
        public void changed(EditableUpdate update) {
            afterChange(update);
        }

        @Override
        public void deleted() {
            refresh();
            startNew();
        }
    }

    /** Images in the Markdown are still shown without a description, but the editor is asked to add one. */
    private void warnOfMissingAltTexts(UpdateContent content) {
        var missing = updates.missingAltTexts(content);
        altWarning.setText(missing.isEmpty() ? "" : getTranslation("admin.updates.missing-alt",
                String.join(", ", missing)));
    }

    /** Shows the update as its public page will, in English and in Polish: the rendered, sanitised text; false if
     * a field is wrong. */
    private boolean preview() {
        var form = new UpdateForm();
        if (!binder.writeBeanIfValid(form)) {
            return false;
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
        return true;
    }

    private void afterChange(EditableUpdate update) {
        refresh();
        formHeading.setText(getTranslation("admin.updates.edit"));
        image.show(update);
        history.show(updates.history(update.id()));
    }

    private void refresh() {
        grid.setItems(updates.editable());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.updates.title"));
    }
}
