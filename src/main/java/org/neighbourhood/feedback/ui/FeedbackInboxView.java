package org.neighbourhood.feedback.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.feedback.ConcernService;
import org.neighbourhood.feedback.FeedbackFigures;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.feedback.FeedbackService.InboxFilter;
import org.neighbourhood.feedback.FeedbackService.InboxItem;
import org.neighbourhood.feedback.FeedbackService.InboxOrder;
import org.neighbourhood.feedback.FeedbackStatus;
import org.neighbourhood.feedback.Subject;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.Permissions;

/**
 * The team's feedback inbox: what came in for the neighbourhoods the signed-in user answers for, the overdue
 * first, loaded a page at a time; choosing an item opens its conversation below. {@code admin/feedback/{id}},
 * the address escalation emails give, opens that item straight away.
 */
@Route(value = "admin/feedback", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class FeedbackInboxView extends Main implements HasDynamicTitle, HasUrlParameter<Long> {

    private final FeedbackService feedback;
    private final PageTitles titles;
    private final Map<Long, String> neighbourhoodNames;
    private final Grid<InboxItem> grid = new Grid<>();
    private final Paragraph due = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final FeedbackDetail detail;
    private InboxFilter filter = InboxFilter.all();

    FeedbackInboxView(FeedbackService feedback, FeedbackFigures figures, ConcernService concerns,
            NeighbourhoodService neighbourhoods, Permissions permissions, PageTitles titles, Clock clock) {
        this.feedback = feedback;
        this.titles = titles;
        addClassName("admin-content");
        addClassName("feedback-inbox");
        var editable = permissions.editableNeighbourhoods();
        var own = neighbourhoods.findAll().stream().filter(n -> editable.includes(n.id())).toList();
        neighbourhoodNames = own.stream().collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::name));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);

        add(new H1(getTranslation("admin.feedback.title")));
        due.getElement().setAttribute("role", "status");
        add(due, figuresLine(figures, clock), new VoicedConcernsPanel(concerns, own));

        var status = new Select<FeedbackStatus>();
        status.setLabel(getTranslation("admin.feedback.status"));
        status.setItems(FeedbackStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.feedback.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("admin.feedback.any")
                : getTranslation("feedback.status." + s.name()));
        status.addValueChangeListener(event -> refilter(filter.withStatus(event.getValue())));
        var neighbourhood = new ComboBox<NeighbourhoodSummary>(getTranslation("admin.feedback.neighbourhood"));
        neighbourhood.setItems(own);
        neighbourhood.setItemLabelGenerator(NeighbourhoodSummary::name);
        neighbourhood.setClearButtonVisible(true);
        neighbourhood.setPlaceholder(getTranslation("admin.feedback.any"));
        neighbourhood.addValueChangeListener(event ->
                refilter(filter.withNeighbourhood(event.getValue() == null ? null : event.getValue().id())));
        var order = new Select<InboxOrder>();
        order.setLabel(getTranslation("admin.feedback.order"));
        order.setItems(InboxOrder.MOST_OVERDUE, InboxOrder.NEWEST);
        order.setItemLabelGenerator(o -> getTranslation("admin.feedback.order." + o.name()));
        order.setValue(InboxOrder.MOST_OVERDUE);
        order.addValueChangeListener(event -> refilter(filter.withOrder(event.getValue())));
        var subject = new Select<Subject>();
        subject.setLabel(getTranslation("admin.feedback.subject"));
        subject.setItems(Subject.values());
        subject.setEmptySelectionAllowed(true);
        subject.setEmptySelectionCaption(getTranslation("admin.feedback.any"));
        subject.setItemLabelGenerator(s -> s == null ? getTranslation("admin.feedback.any")
                : getTranslation("feedback.subject." + s.name()));
        subject.addValueChangeListener(event -> refilter(filter.withSubject(event.getValue())));
        var age = new Select<Duration>();
        age.setLabel(getTranslation("admin.feedback.age"));
        age.setItems(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(30));
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption(getTranslation("admin.feedback.any"));
        age.setItemLabelGenerator(d -> d == null ? getTranslation("admin.feedback.any")
                : getTranslation("admin.feedback.age.days", d.toDays()));
        age.addValueChangeListener(event -> refilter(filter.withOlderThan(event.getValue())));
        var overdueOnly = new Checkbox(getTranslation("admin.feedback.overdue-only"));
        overdueOnly.addValueChangeListener(event -> refilter(filter.withOverdueOnly(event.getValue())));
        var spam = new Checkbox(getTranslation("admin.feedback.spam-only"));
        spam.addValueChangeListener(event -> refilter(filter.withSpam(event.getValue())));
        var filters = new Div(status, neighbourhood, subject, age, order, overdueOnly, spam);
        filters.addClassName("feedback-inbox__filters");
        add(filters);

        grid.addColumn(InboxItem::reference).setHeader(getTranslation("admin.feedback.reference")).setAutoWidth(true);
        grid.addColumn(item -> item.neighbourhoodId() == null ? getTranslation("admin.feedback.force")
                        : neighbourhoodNames.getOrDefault(item.neighbourhoodId(), ""))
                .setHeader(getTranslation("admin.feedback.neighbourhood")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("feedback.subject." + item.subject().name()))
                .setHeader(getTranslation("admin.feedback.subject")).setAutoWidth(true);
        grid.addColumn(InboxItem::excerpt).setHeader(getTranslation("admin.feedback.message")).setFlexGrow(1);
        grid.addColumn(item -> when.format(item.receivedAt()))
                .setHeader(getTranslation("admin.feedback.received")).setAutoWidth(true);
        grid.addColumn(item -> when.format(item.dueAt())).setHeader(getTranslation("admin.feedback.due"))
                .setAutoWidth(true);
        grid.addColumn(this::statusText).setHeader(getTranslation("admin.feedback.status")).setAutoWidth(true);
        grid.setPartNameGenerator(item -> item.overdue() ? "overdue" : null);
        grid.setAriaLabel(getTranslation("admin.feedback.title"));
        grid.setItems(query -> feedback.inbox(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) feedback.inboxCount(filter));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                show(event.getValue().id());
            }
        });
        outcome.getElement().setAttribute("role", "alert");
        detail = new FeedbackDetail(feedback, when, neighbourhoodNames, this::changed);
        detail.setVisible(false);
        add(grid, outcome, detail);
        refreshDue();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long id) {
        if (id != null) {
            show(id);
        }
    }

    /** Words a screen reader and a colour-blind reader get too, not colour alone. */
    String statusText(InboxItem item) {
        var status = getTranslation("feedback.status." + item.status().name());
        return item.overdue() ? getTranslation("admin.feedback.overdue") + " · " + status : status;
    }

    private void show(long id) {
        outcome.setText("");
        try {
            detail.open(feedback.open(id));
            detail.setVisible(true);
        } catch (Refusal refused) {
            detail.setVisible(false);
            outcome.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private void refilter(InboxFilter changed) {
        filter = changed;
        grid.getDataProvider().refreshAll();
    }

    /** After a step on the open item: the list and the counts say what it did. */
    private void changed() {
        grid.getDataProvider().refreshAll();
        refreshDue();
    }

    private void refreshDue() {
        var summary = feedback.dueSummary();
        due.setText(getTranslation("admin.feedback.due-summary", summary.dueToday(), summary.overdue()));
    }

    private Paragraph figuresLine(FeedbackFigures figures, Clock clock) {
        var today = LocalDate.now(clock.withZone(Zones.LONDON));
        var last = figures.figures(null, today.minusDays(29), today.plusDays(1));
        var median = last.medianFirstAnswer();
        var share = last.shareWithinTarget();
        return new Paragraph(getTranslation("admin.feedback.figures", last.received(), last.answered(),
                median == null ? "–" : hours(median),
                share == null ? "–" : Math.round(share * 100) + "%"));
    }

    private String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return getTranslation("admin.feedback.hours-minutes", minutes / 60, minutes % 60);
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.feedback.title"));
    }
}
