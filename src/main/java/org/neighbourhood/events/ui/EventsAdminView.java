package org.neighbourhood.events.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.HistoryPanel;
import org.neighbourhood.admin.ui.PublishingControls;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.events.EventContent;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.EditableEvent;
import org.neighbourhood.events.EventType;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.Permissions;

/** Neighbourhood teams write their events here: draft, preview, publish now or later, unpublish, delete. */
@Route(value = "admin/events", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class EventsAdminView extends Main implements HasDynamicTitle {

    private final EventService events;
    private final PageTitles titles;
    private final Map<Long, NeighbourhoodSummary> neighbourhoods;
    private final Grid<EditableEvent> grid = new Grid<>();
    private final Binder<EventForm> binder = new Binder<>();
    private final H2 formHeading = new H2();
    private final PublishingControls<EditableEvent> controls;
    private final HistoryPanel history = new HistoryPanel();
    private final Clock clock;

    EventsAdminView(EventService events, NeighbourhoodService neighbourhoodService, Permissions permissions,
            PageTitles titles, Clock clock) {
        this.events = events;
        this.titles = titles;
        this.clock = clock;
        var editable = permissions.editableNeighbourhoods();
        this.neighbourhoods = neighbourhoodService.findAll().stream().filter(n -> editable.includes(n.id()))
                .collect(Collectors.toMap(NeighbourhoodSummary::id, Function.identity()));
        this.controls = new PublishingControls<>(new Actions(), "admin.events.delete.title");
        addClassName("admin-content");

        grid.addColumn(e -> e.content().title()).setHeader(getTranslation("admin.events.event-title")).setFlexGrow(1);
        grid.addColumn(e -> EventCard.when(e.content(), getLocale()))
                .setHeader(getTranslation("admin.events.when")).setAutoWidth(true);
        grid.addColumn(e -> PublishingControls.describe(this, e))
                .setHeader(getTranslation("admin.priorities.state")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.events.title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        add(new H1(getTranslation("admin.events.title")),
                new Button(getTranslation("admin.events.new"), click -> startNew()), grid, formHeading,
                controls.stateLabel(), form(), controls, history);
        startNew();
        refresh();
    }

    private FormLayout form() {
        var neighbourhood = new ComboBox<NeighbourhoodSummary>(getTranslation("admin.priorities.neighbourhood"));
        neighbourhood.setItems(neighbourhoods.values().stream().sorted(Comparator.comparing(NeighbourhoodSummary::name))
                .toList());
        neighbourhood.setItemLabelGenerator(NeighbourhoodSummary::name);
        binder.forField(neighbourhood).asRequired(getTranslation("admin.priorities.neighbourhood.required"))
                .bind(EventForm::getNeighbourhood, EventForm::setNeighbourhood);
        var type = new ComboBox<EventType>(getTranslation("events.filter.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> getTranslation("event.type." + t.name()));
        binder.forField(type).asRequired(getTranslation("admin.events.type.required"))
                .bind(EventForm::getType, EventForm::setType);
        var format = new RadioButtonGroup<EventFormat>(getTranslation("events.filter.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("event.format." + f.name()));
        binder.forField(format).bind(EventForm::getFormat, EventForm::setFormat);
        var title = text("admin.events.event-title", EventContent.TITLE_MAX);
        binder.forField(title).asRequired(getTranslation("admin.events.title.required"))
                .bind(EventForm::getTitle, EventForm::setTitle);
        var titlePl = text("admin.events.title-pl", EventContent.TITLE_MAX);
        binder.forField(titlePl).bind(EventForm::getTitlePl, EventForm::setTitlePl);
        var description = area("admin.events.description", EventContent.DESCRIPTION_MAX);
        binder.forField(description).bind(EventForm::getDescription, EventForm::setDescription);
        var descriptionPl = area("admin.events.description-pl", EventContent.DESCRIPTION_MAX);
        binder.forField(descriptionPl).bind(EventForm::getDescriptionPl, EventForm::setDescriptionPl);
        var starts = FormFields.dateTime(getTranslation("admin.events.starts"), getLocale());
        starts.setStep(Duration.ofMinutes(15));
        var ends = FormFields.dateTime(getTranslation("admin.events.ends"), getLocale());
        ends.setStep(Duration.ofMinutes(15));
        // Validators rather than asRequired: the date-time picker's required flag puts an ARIA attribute on an
        // element without a role, which assistive technology cannot use.
        binder.forField(starts).withValidator(Objects::nonNull, getTranslation("admin.events.starts.required"))
                .bind(EventForm::getStartsAt, EventForm::setStartsAt);
        binder.forField(ends).withValidator(Objects::nonNull, getTranslation("admin.events.ends.required"))
                .withValidator(end -> starts.getValue() == null || end.isAfter(starts.getValue()),
                        getTranslation("admin.events.ends.after"))
                .bind(EventForm::getEndsAt, EventForm::setEndsAt);
        var venue = text("admin.events.venue", 200);
        venue.setHelperText(getTranslation("admin.events.venue.helper"));
        binder.forField(venue).withValidator(v -> format.getValue() == EventFormat.ONLINE || !v.isBlank(),
                getTranslation("admin.events.venue.required")).bind(EventForm::getVenueName, EventForm::setVenueName);
        var address = text("admin.events.address", 300);
        binder.forField(address).bind(EventForm::getVenueAddress, EventForm::setVenueAddress);
        var accessibility = area("admin.events.accessibility", 1000);
        accessibility.setHelperText(getTranslation("admin.events.accessibility.helper"));
        binder.forField(accessibility).bind(EventForm::getAccessibilityNotes, EventForm::setAccessibilityNotes);
        var link = text("admin.events.link", 500);
        link.setHelperText(getTranslation("admin.events.link.helper"));
        binder.forField(link)
                .withValidator(l -> l.isBlank() ? format.getValue() == EventFormat.IN_PERSON : l.startsWith("https://"),
                        getTranslation("admin.events.link.required"))
                .bind(EventForm::getOnlineUrl, EventForm::setOnlineUrl);
        var form = new FormLayout(neighbourhood, type, format, title, titlePl, starts, ends, venue, address,
                accessibility, link, description, descriptionPl);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private TextField text(String key, int max) {
        return FormFields.text(getTranslation(key), max);
    }

    private TextArea area(String key, int max) {
        return FormFields.area(getTranslation(key), max);
    }

    private void startNew() {
        controls.edit(null);
        grid.asSingleSelect().clear();
        formHeading.setText(getTranslation("admin.events.new"));
        var start = LocalDateTime.now(clock.withZone(Zones.LONDON)).plusDays(7).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        var first = neighbourhoods.size() == 1 ? neighbourhoods.values().iterator().next() : null;
        var blank = new EventForm();
        blank.setNeighbourhood(first);
        blank.setStartsAt(start);
        blank.setEndsAt(start.plusHours(2));
        binder.readBean(blank);
        history.setVisible(false);
    }

    private void edit(EditableEvent event) {
        controls.edit(event);
        formHeading.setText(getTranslation("admin.events.edit"));
        binder.readBean(EventForm.of(neighbourhoods.get(event.neighbourhoodId()), event.content()));
        history.show(events.history(event.id()));
    }

    /** What the publishing controls do with an event. */
    private final class Actions implements PublishingControls.Actions<EditableEvent> {

        @Override
        public Optional<EditableEvent> save(@Nullable EditableEvent current) {
            var form = new EventForm();
            if (!binder.writeBeanIfValid(form)) {
                return Optional.empty();
            }
            var neighbourhood = Objects.requireNonNull(form.getNeighbourhood());
            return Optional.of(current == null ? events.create(neighbourhood.id(), form.content())
                    : events.update(current.id(), current.version(), form.content()));
        }

        @Override
        public boolean preview() {
            return EventsAdminView.this.preview();
        }

        @Override
        public EditableEvent publish(EditableEvent event, @Nullable Instant at) {
            return events.publish(event.id(), event.version(), at);
        }

        @Override
        public EditableEvent unpublish(EditableEvent event) {
            return events.unpublish(event.id(), event.version());
        }

        @Override
        public void delete(EditableEvent event) {
            events.delete(event.id(), event.version());
        }

        @Override
        public String name(EditableEvent event) {
            return event.content().title();
        }

        @Override
        public void changed(EditableEvent event) {
            refresh();
            formHeading.setText(getTranslation("admin.events.edit"));
            history.show(events.history(event.id()));
        }

        @Override
        public void deleted() {
            refresh();
            startNew();
        }
    }

    /** Shows the event as the public listing will, in English and in Polish; false if a field is wrong. */
    private boolean preview() {
        var form = new EventForm();
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.priorities.preview"));
        for (var locale : new Locale[] {Locale.ENGLISH, Locale.of("pl")}) {
            var list = new UnorderedList(new EventCard(events.preview(form.content(), locale), locale));
            list.addClassName("event-list");
            dialog.add(new H2(locale.getDisplayLanguage(getLocale())), list);
        }
        dialog.getFooter().add(new Button(getTranslation("admin.close"), click -> dialog.close()));
        dialog.open();
        return true;
    }

    private void refresh() {
        grid.setItems(events.editable());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.events.title"));
    }
}
