package org.neighbourhood.updates.ui;

import java.util.Locale;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.FeedLinks;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.publishing.ui.ListingView;
import org.neighbourhood.updates.UpdateService;

/** Every team's published updates, newest first, filtered by neighbourhood; the filter lives in the address. */
@Route(value = "updates", layout = PublicLayout.class)
@AnonymousAllowed
class UpdatesView extends ListingView {

    private final UpdateService updates;
    private final Select<NeighbourhoodSummary> neighbourhood;

    UpdatesView(UpdateService updates, NeighbourhoodService neighbourhoods, UpdatePages pages, FeedLinks feedLinks) {
        super("updates", "update-list", pages::listing);
        this.updates = updates;
        neighbourhood = neighbourhoodFilter(neighbourhoods.findAll());
        placeFilters();
        add(feedLinks.section(pages.listing(getLocale()).feeds()));
    }

    @Override
    protected void list(Locale locale) {
        var chosen = neighbourhood.getOptionalValue();
        show(updates.latest(chosen.map(NeighbourhoodSummary::id).orElse(null), locale, MOST),
                chosen.map(n -> getTranslation("updates.none.for", n.name())).orElseGet(() -> getTranslation(
                        "updates.none")), u -> new UpdateCard(u, locale));
    }
}
