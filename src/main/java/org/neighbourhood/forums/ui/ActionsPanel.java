package org.neighbourhood.forums.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.after.AfterSessionService.ActionRow;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Follow-up actions from a session: what was said, what is done, who owns it, by when; publish to show it. */
class ActionsPanel extends Div {

    private final AfterSessionService after;
    private final Grid<ActionRow> grid = new Grid<>();
    private final TextArea said = new TextArea(getTranslation("admin.forums.action.said"));
    private final TextArea did = new TextArea(getTranslation("admin.forums.action.did"));
    private final TextField owner = new TextField(getTranslation("admin.forums.action.owner"));
    private final DatePicker due = FormFields.date(getTranslation("admin.forums.action.due"), getLocale());
    private final RadioButtonGroup<ActionStatus> status = new RadioButtonGroup<>(getTranslation("admin.forums.reg.status"));
    private final Checkbox published = new Checkbox(getTranslation("admin.forums.action.published"));
    private final H3 heading = new H3();
    private final Paragraph outcome = new Paragraph();
    private long sessionId;
    private @Nullable ActionRow editing;

    ActionsPanel(AfterSessionService after) {
        this.after = after;
        grid.addColumn(a -> a.content().said()).setHeader(getTranslation("admin.forums.action.said")).setFlexGrow(2);
        grid.addColumn(a -> a.content().did()).setHeader(getTranslation("admin.forums.action.did")).setFlexGrow(2);
        grid.addColumn(a -> a.content().owner()).setHeader(getTranslation("admin.forums.action.owner"));
        grid.addColumn(a -> a.content().dueDate() == null ? "" : a.content().dueDate().toString())
                .setHeader(getTranslation("admin.forums.action.due")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("forum.action.status." + a.content().status().name())
                        + (a.content().published() ? " · " + getTranslation("admin.forums.action.public") : ""))
                .setHeader(getTranslation("admin.forums.reg.status")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.forums.actions.title"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        said.setMaxLength(1000);
        did.setMaxLength(2000);
        owner.setMaxLength(200);
        for (var field : new com.vaadin.flow.component.HasValidation[] {said, did, owner}) {
            field.setManualValidation(true);
        }
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("forum.action.status." + s.name()));
        published.setHelperText(getTranslation("admin.forums.action.published.helper"));
        var form = new FormLayout(said, did, owner, due, status, published);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var save = new Button(getTranslation("admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var fresh = new Button(getTranslation("admin.forums.action.new"), click -> startNew());
        var delete = new Button(getTranslation("admin.forums.action.delete"), click -> delete());
        delete.addThemeVariants(ButtonVariant.ERROR);
        var buttons = new Div(save, fresh, delete);
        buttons.addClassName("admin-buttons");
        outcome.getElement().setAttribute("role", "status");
        add(grid, heading, form, buttons, outcome);
    }

    void show(long sessionId) {
        this.sessionId = sessionId;
        grid.setItems(after.actions(sessionId));
        startNew();
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        heading.setText(getTranslation("admin.forums.action.new"));
        said.clear();
        did.clear();
        owner.clear();
        due.clear();
        status.setValue(ActionStatus.OPEN);
        published.setValue(false);
        clearInvalid();
    }

    private void edit(ActionRow row) {
        editing = row;
        heading.setText(getTranslation("admin.forums.action.edit"));
        var c = row.content();
        said.setValue(c.said());
        did.setValue(c.did());
        owner.setValue(c.owner());
        due.setValue(c.dueDate());
        status.setValue(c.status());
        published.setValue(c.published());
        clearInvalid();
    }

    private void save() {
        clearInvalid();
        boolean ok = required(said) & required(did) & required(owner);
        if (!ok) {
            outcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        var content = new ActionContent(said.getValue().strip(), did.getValue().strip(), owner.getValue().strip(),
                due.getValue(), Objects.requireNonNullElse(status.getValue(), ActionStatus.OPEN), published.getValue());
        try {
            var current = editing;
            var saved = current == null ? after.createAction(sessionId, content)
                    : after.updateAction(current.id(), current.version(), content);
            grid.setItems(after.actions(sessionId));
            edit(saved);
            outcome.setText(getTranslation("admin.saved"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (Refusal refused) {
            outcome.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private void delete() {
        var current = editing;
        if (current == null) {
            return;
        }
        try {
            after.deleteAction(current.id(), current.version());
            grid.setItems(after.actions(sessionId));
            startNew();
            outcome.setText(getTranslation("admin.forums.action.deleted"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (Refusal refused) {
            outcome.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private <F extends com.vaadin.flow.component.HasValue<?, String> & com.vaadin.flow.component.HasValidation>
            boolean required(F field) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(getTranslation("admin.forums.required"));
            field.setInvalid(true);
            return false;
        }
        return true;
    }

    private void clearInvalid() {
        said.setInvalid(false);
        did.setInvalid(false);
        owner.setInvalid(false);
    }
}
