package org.neighbourhood.events.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventType;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/** Upcoming events across the force, filtered by neighbourhood, type and format; filters live in the address. */
@Route(value = "events", layout = PublicLayout.class)
@AnonymousAllowed
class EventsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_LISTED = 200;

    private final EventService events;
    private final EventPages pages;
    private final Select<NeighbourhoodSummary> neighbourhood = new Select<>();
    private final Select<EventType> type = new Select<>();
    private final Select<EventFormat> format = new Select<>();
    private final Div results = new Div();
    private boolean applying;

    EventsView(EventService events, NeighbourhoodService neighbourhoods, EventPages pages) {
        this.events = events;
        this.pages = pages;
        addClassName("content");
        add(new H1(getTranslation("events.title")));

        neighbourhood.setLabel(getTranslation("events.filter.neighbourhood"));
        neighbourhood.setItems(neighbourhoods.findAll());
        neighbourhood.setItemLabelGenerator(n -> n == null ? getTranslation("events.filter.any") : n.name());
        neighbourhood.setEmptySelectionAllowed(true);
        neighbourhood.setEmptySelectionCaption(getTranslation("events.filter.any"));
        type.setLabel(getTranslation("events.filter.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("events.filter.any")
                : getTranslation("event.type." + t.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("events.filter.any"));
        format.setLabel(getTranslation("events.filter.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(f -> f == null ? getTranslation("events.filter.any")
                : getTranslation("event.format." + f.name()));
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("events.filter.any"));
        for (var filter : new Select<?>[] {neighbourhood, type, format}) {
            filter.addValueChangeListener(change -> {
                if (!applying) {
                    UI.getCurrent().navigate(EventsView.class, queryParameters());
                }
            });
        }
        var filters = new Div(neighbourhood, type, format);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("events.filter.label"));
        results.getElement().setAttribute("aria-live", "polite");
        add(filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applying = true;
        neighbourhood.setValue(parameters.getSingleParameter("neighbourhood").flatMap(slug -> neighbourhood
                .getListDataView().getItems().filter(n -> n.slug().equals(slug)).findFirst()).orElse(null));
        type.setValue(parameters.getSingleParameter("type").map(EventsView::type).orElse(null));
        format.setValue(parameters.getSingleParameter("format").map(EventsView::format).orElse(null));
        applying = false;
        show();
    }

    private void show() {
        results.removeAll();
        var locale = UI.getCurrent().getLocale();
        var filter = new EventService.Filter(neighbourhood.getValue() == null ? null : neighbourhood.getValue().id(),
                type.getValue(), format.getValue());
        var found = events.upcoming(filter, locale, MAX_LISTED);
        if (found.isEmpty()) {
            var empty = new Paragraph(getTranslation("events.none"));
            empty.addClassName("empty-state");
            results.add(empty);
            return;
        }
        results.add(new Paragraph(getTranslation("events.count", found.size())));
        var list = new UnorderedList();
        list.addClassName("event-list");
        found.forEach(e -> list.add(new EventCard(e, locale)));
        results.add(list);
    }

    private QueryParameters queryParameters() {
        Map<String, String> values = new HashMap<>();
        if (neighbourhood.getValue() != null) {
            values.put("neighbourhood", neighbourhood.getValue().slug());
        }
        if (type.getValue() != null) {
            values.put("type", type.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (format.getValue() != null) {
            values.put("format", format.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        return QueryParameters.simple(values);
    }

    private static @Nullable EventType type(String value) {
        try {
            return EventType.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable EventFormat format(String value) {
        try {
            return EventFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return pages.listing(UI.getCurrent().getLocale()).title();
    }
}
