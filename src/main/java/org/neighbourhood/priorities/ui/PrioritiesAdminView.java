package org.neighbourhood.priorities.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.admin.ui.HistoryPanel;
import org.neighbourhood.admin.ui.PublishingControls;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.priorities.PriorityService.EditablePriority;
import org.neighbourhood.priorities.PriorityStatus;
import org.neighbourhood.security.Permissions;

/**
 * Neighbourhood teams write their priorities here: save a draft, preview it as the public will see it,
 * publish now or at a set time, unpublish, and read who changed what.
 */
@Route(value = "admin/priorities", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class PrioritiesAdminView extends Main implements HasDynamicTitle {


    private final PriorityService priorities;
    private final PageTitles titles;
    private final Map<Long, NeighbourhoodSummary> neighbourhoods;
    private final Grid<EditablePriority> grid = new Grid<>();
    private final Binder<PriorityForm> binder = new Binder<>();
    private final H2 formHeading = new H2();
    private final PublishingControls<EditablePriority> controls;
    private final HistoryPanel history = new HistoryPanel();
    private final Clock clock;

    PrioritiesAdminView(PriorityService priorities, NeighbourhoodService neighbourhoodService,
            Permissions permissions, PageTitles titles, Clock clock) {
        this.priorities = priorities;
        this.titles = titles;
        this.clock = clock;
        var editable = permissions.editableNeighbourhoods();
        this.neighbourhoods = neighbourhoodService.findAll().stream().filter(n -> editable.includes(n.id()))
                .collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
        this.controls = new PublishingControls<>(new Actions(), "admin.priorities.delete.title");
        addClassName("admin-content");

        grid.addColumn(p -> p.content().issue()).setHeader(getTranslation("admin.priorities.issue")).setFlexGrow(1);
        grid.addColumn(p -> name(p.neighbourhoodId())).setHeader(getTranslation("admin.priorities.neighbourhood"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("priority.status." + p.content().status().name()))
                .setHeader(getTranslation("admin.priorities.status")).setAutoWidth(true);
        grid.addColumn(p -> PublishingControls.describe(this, p)).setHeader(getTranslation("admin.priorities.state"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.priorities.title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });

        var newPriority = new Button(getTranslation("admin.priorities.new"), click -> startNew());
        add(new H1(getTranslation("admin.priorities.title")), newPriority, grid, formHeading, controls.stateLabel(),
                form(), controls, history);
        startNew();
        refresh();
    }

    private FormLayout form() {
        var neighbourhood = new ComboBox<NeighbourhoodSummary>(getTranslation("admin.priorities.neighbourhood"));
        neighbourhood.setItems(neighbourhoods.values().stream()
                .sorted(java.util.Comparator.comparing(NeighbourhoodSummary::name)).toList());
        neighbourhood.setItemLabelGenerator(NeighbourhoodSummary::name);
        binder.forField(neighbourhood).asRequired(getTranslation("admin.priorities.neighbourhood.required"))
                .bind(PriorityForm::getNeighbourhood, PriorityForm::setNeighbourhood);

        var issue = textArea("admin.priorities.issue", PriorityContent.ISSUE_MAX);
        issue.setHelperText(getTranslation("admin.priorities.issue.helper"));
        binder.forField(issue).asRequired(getTranslation("admin.priorities.issue.required"))
                .bind(PriorityForm::getIssue, PriorityForm::setIssue);
        var issuePl = textArea("admin.priorities.issue-pl", PriorityContent.ISSUE_MAX);
        binder.forField(issuePl).bind(PriorityForm::getIssuePl, PriorityForm::setIssuePl);
        var issueDate = FormFields.date(getTranslation("admin.priorities.issue-date"), getLocale());
        binder.forField(issueDate).asRequired(getTranslation("admin.priorities.issue-date.required"))
                .withValidator(date -> !date.isAfter(today()),
                        getTranslation("admin.priorities.issue-date.future"))
                .bind(PriorityForm::getIssueDate, PriorityForm::setIssueDate);
        var action = textArea("admin.priorities.action", PriorityContent.ACTION_MAX);
        action.setHelperText(getTranslation("admin.priorities.action.helper"));
        binder.forField(action).bind(PriorityForm::getAction, PriorityForm::setAction);
        var actionPl = textArea("admin.priorities.action-pl", PriorityContent.ACTION_MAX);
        binder.forField(actionPl).bind(PriorityForm::getActionPl, PriorityForm::setActionPl);
        var actionDate = FormFields.date(getTranslation("admin.priorities.action-date"), getLocale());
        binder.forField(actionDate).bind(PriorityForm::getActionDate, PriorityForm::setActionDate);
        var status = new RadioButtonGroup<PriorityStatus>();
        status.setLabel(getTranslation("admin.priorities.status"));
        status.setItems(PriorityStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("priority.status." + s.name()));
        binder.forField(status).bind(PriorityForm::getStatus, PriorityForm::setStatus);

        var form = new FormLayout(neighbourhood, status, issue, issuePl, issueDate, actionDate, action, actionPl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private TextArea textArea(String key, int maxLength) {
        var area = new TextArea(getTranslation(key));
        area.setMaxLength(maxLength);
        area.setMinRows(2);
        return area;
    }

    private void startNew() {
        controls.edit(null);
        grid.asSingleSelect().clear();
        formHeading.setText(getTranslation("admin.priorities.new"));
        var first = neighbourhoods.size() == 1 ? neighbourhoods.values().iterator().next() : null;
        binder.readBean(PriorityForm.of(first, new PriorityContent("", null, today(), null, null, null,
                PriorityStatus.OPEN)));
        history.setVisible(false);
    }

    /** Today in London by the portal's clock, which tests can move. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.LONDON));
    }

    private void edit(EditablePriority priority) {
        controls.edit(priority);
        formHeading.setText(getTranslation("admin.priorities.edit"));
        binder.readBean(PriorityForm.of(neighbourhoods.get(priority.neighbourhoodId()), priority.content()));
        showHistory(priority.id());
    }

    /** What the publishing controls do with a priority. */
    private final class Actions implements PublishingControls.Actions<EditablePriority> {

        @Override
        public Optional<EditablePriority> save(@Nullable EditablePriority current) {
            var form = new PriorityForm();
            if (!binder.writeBeanIfValid(form)) {
                return Optional.empty();
            }
            var neighbourhood = Objects.requireNonNull(form.getNeighbourhood());
            return Optional.of(current == null ? priorities.create(neighbourhood.id(), form.content())
                    : priorities.update(current.id(), current.version(), form.content()));
        }

        @Override
        public boolean preview() {
            return PrioritiesAdminView.this.preview();
        }

        @Override
        public EditablePriority publish(EditablePriority priority, @Nullable Instant at) {
            return priorities.publish(priority.id(), priority.version(), at);
        }

        @Override
        public EditablePriority unpublish(EditablePriority priority) {
            return priorities.unpublish(priority.id(), priority.version());
        }

        @Override
        public void delete(EditablePriority priority) {
            priorities.delete(priority.id(), priority.version());
        }

        @Override
        public String name(EditablePriority priority) {
            return priority.content().issue();
        }

        @Override
        public void changed(EditablePriority priority) {
            refresh();
            formHeading.setText(getTranslation("admin.priorities.edit"));
            showHistory(priority.id());
        }

        @Override
        public void deleted() {
            refresh();
            startNew();
        }
    }

    /** Shows the priority exactly as the public page would, in English and in Polish; false if a field is wrong. */
    private boolean preview() {
        var form = new PriorityForm();
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.priorities.preview"));
        for (var locale : new Locale[] {Locale.ENGLISH, Locale.of("pl")}) {
            var list = new UnorderedList(PrioritiesSection.card(priorities.preview(form.content(), locale), locale));
            list.addClassName("priority-list");
            dialog.add(new H2(locale.getDisplayLanguage(getLocale())), list);
        }
        dialog.getFooter().add(new Button(getTranslation("admin.close"), click -> dialog.close()));
        dialog.open();
        return true;
    }

    private void showHistory(long id) {
        history.show(priorities.history(id));
    }

    private String name(long neighbourhoodId) {
        var neighbourhood = neighbourhoods.get(neighbourhoodId);
        return neighbourhood == null ? "" : neighbourhood.name();
    }

    private void refresh() {
        grid.setItems(priorities.editable());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.priorities.title"));
    }
}
