package org.neighbourhood.priorities.ui;

import java.util.List;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.Languages;
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

    /** A concern's name as the feedback pages give it: a key of {@code feedback.subject.*}. */
    private static final Pattern CONCERN = Pattern.compile("[A-Z_]{2,30}");

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

    /**
     * "Make this a priority" from the feedback inbox: {@code ?concern=SPEEDING&count=14&month=2026-12&neighbourhood=3}
     * starts a draft whose issue, in every content language, names the concern and how many residents voiced it.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        startFromConcern(event.getLocation().getQueryParameters());
    }

    /** Starts the draft a concern's parameters describe; ignores them unless all are well-formed. */
    void startFromConcern(QueryParameters query) {
        var concern = query.getSingleParameter("concern").filter(c -> CONCERN.matcher(c).matches());
        var count = query.getSingleParameter("count").filter(c -> c.matches("\\d{1,9}")).map(Long::valueOf);
        var month = query.getSingleParameter("month").flatMap(PrioritiesAdminView::month);
        if (concern.isEmpty() || count.isEmpty() || month.isEmpty()) {
            return;
        }
        var neighbourhood = query.getSingleParameter("neighbourhood").filter(n -> n.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        var form = newForm();
        for (var language : context.languages().all()) {
            var name = getTranslation(language, "feedback.subject." + concern.get());
            var when = month.get().format(DateTimeFormatter.ofPattern("LLLL yyyy", Languages.formatting(language)));
            form.setText(language.getLanguage(), PriorityForm.ISSUE,
                    getTranslation(language, "admin.priorities.from-concern", name, count.get(), when));
        }
        startNew(form, neighbourhood);
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
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
