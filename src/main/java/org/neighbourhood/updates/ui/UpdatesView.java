package org.neighbourhood.updates.ui;

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

import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.updates.UpdateService;

/** Every team's published updates, newest first, filtered by neighbourhood; the filter lives in the address. */
@Route(value = "updates", layout = PublicLayout.class)
@AnonymousAllowed
class UpdatesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_LISTED = 200;

    private final UpdateService updates;
    private final UpdatePages pages;
    private final Select<NeighbourhoodSummary> neighbourhood = new Select<>();
    private final Div results = new Div();
    private boolean applying;

    UpdatesView(UpdateService updates, NeighbourhoodService neighbourhoods, UpdatePages pages) {
        this.updates = updates;
        this.pages = pages;
        addClassName("content");
        add(new H1(getTranslation("updates.title")));

        neighbourhood.setLabel(getTranslation("updates.filter.neighbourhood"));
        neighbourhood.setItems(neighbourhoods.findAll());
        neighbourhood.setItemLabelGenerator(n -> n == null ? getTranslation("updates.filter.any") : n.name());
        neighbourhood.setEmptySelectionAllowed(true);
        neighbourhood.setEmptySelectionCaption(getTranslation("updates.filter.any"));
        neighbourhood.addValueChangeListener(change -> {
            if (!applying) {
                UI.getCurrent().navigate(UpdatesView.class, change.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("neighbourhood", change.getValue().slug())));
            }
        });
        var filters = new Div(neighbourhood);
        filters.addClassName("filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("updates.filter.label"));
        results.getElement().setAttribute("aria-live", "polite");
        add(filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getLocation().getQueryParameters().getSingleParameter("neighbourhood");
        applying = true;
        neighbourhood.setValue(slug.flatMap(s -> neighbourhood.getListDataView().getItems()
                .filter(n -> n.slug().equals(s)).findFirst()).orElse(null));
        applying = false;
        show();
    }

    private void show() {
        results.removeAll();
        var locale = UI.getCurrent().getLocale();
        var chosen = neighbourhood.getValue();
        var found = updates.latest(chosen == null ? null : chosen.id(), locale, MAX_LISTED);
        if (found.isEmpty()) {
            var empty = new Paragraph(chosen == null ? getTranslation("updates.none")
                    : getTranslation("updates.none.for", chosen.name()));
            empty.addClassName("empty-state");
            results.add(empty);
            return;
        }
        results.add(new Paragraph(getTranslation("updates.count", found.size())));
        var list = new UnorderedList();
        list.addClassName("update-list");
        found.forEach(u -> list.add(new UpdateCard(u, locale)));
        results.add(list);
    }

    @Override
    public String getPageTitle() {
        return pages.listing(UI.getCurrent().getLocale()).title();
    }
}
