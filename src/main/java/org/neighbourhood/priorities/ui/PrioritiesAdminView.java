package org.neighbourhood.priorities.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.priorities.PriorityStatus;
import org.neighbourhood.priorities.PriorityText;
import org.neighbourhood.publishing.ui.EditorContext;
import org.neighbourhood.publishing.ui.ItemEditorView;

/**
 * Neighbourhood teams write their priorities here: save a draft, preview it as the public will see it in each
 * language, publish now or at a set time, unpublish, delete; with each priority's revision history.
 */
@Route(value = "admin/priorities", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class PrioritiesAdminView extends ItemEditorView<PriorityService, PriorityText, PriorityContent, PriorityForm> {

    PrioritiesAdminView(PriorityService priorities, EditorContext context) {
        super(priorities, context, "admin.priorities", PriorityForm::of);
        build(new Column<>("admin.priorities.status",
                (priority, locale) -> getTranslation(locale, "priority.status." + priority.status().name())));
    }

    @Override
    protected List<Component> fields(Binder<PriorityForm> binder) {
        var status = new RadioButtonGroup<PriorityStatus>();
        status.setLabel(getTranslation("admin.priorities.status"));
        status.setItems(PriorityStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("priority.status." + s.name()));
        binder.forField(status).bind(PriorityForm::getStatus, PriorityForm::setStatus);
        var issueDate = FormFields.date(getTranslation("admin.priorities.issue-date"), getLocale());
        binder.forField(issueDate).asRequired(getTranslation("admin.priorities.issue-date.required"))
                .withValidator(date -> !date.isAfter(context.today()),
                        getTranslation("admin.priorities.issue-date.future"))
                .bind(PriorityForm::getIssueDate, PriorityForm::setIssueDate);
        var actionDate = FormFields.date(getTranslation("admin.priorities.action-date"), getLocale());
        binder.forField(actionDate).bind(PriorityForm::getActionDate, PriorityForm::setActionDate);
        return List.of(status, issueDate, actionDate);
    }

    @Override
    protected List<Component> textFields(Binder<PriorityForm> binder, String language, String languageName,
            boolean first) {
        var issue = area(getTranslation("admin.priorities.issue", languageName), PriorityContent.ISSUE_MAX);
        issue.setHelperText(getTranslation("admin.priorities.issue.helper"));
        var action = area(getTranslation("admin.priorities.action", languageName), PriorityContent.ACTION_MAX);
        action.setHelperText(getTranslation("admin.priorities.action.helper"));
        return List.of(bindNeeded(issue, language, PriorityForm.ISSUE, first, "admin.priorities.issue.required",
                action),
                bind(action, language, PriorityForm.ACTION));
    }

    private static TextArea area(String label, int maxLength) {
        var area = FormFields.area(label, maxLength);
        area.setMinRows(2);
        return area;
    }

    @Override
    protected PriorityForm newForm() {
        var form = new PriorityForm();
        form.setIssueDate(context.today());
        return form;
    }

    @Override
    protected Component card(PriorityContent content, Locale language) {
        return listed("priority-list", PrioritiesSection.card(service.preview(content, language), language));
    }
}
