package org.neighbourhood.publishing.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;

import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * The public listing of a content type, such as all upcoming events: its filters, whose choices live in the page's
 * address so that a filtered listing can be shared and bookmarked, and what they find. A content type states its
 * filters and how it finds its items.
 * <p>
 * Translation keys are read under the content type's name, such as {@code events}: {@code .title},
 * {@code .count}, {@code .filter.label}, {@code .filter.any}, {@code .filter.neighbourhood}.
 */
public abstract class ListingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The most a listing shows at once. */
    protected static final int MOST = 200;

    private final String feature;
    private final Function<Locale, PageMetadata> page;
    private final Listing results;
    private final List<Filter<?>> filters = new ArrayList<>();
    private boolean applying;

    /**
     * @param feature the content type's name, its translation keys' prefix
     * @param page the listing's metadata, whose title is the page's
     */
    protected ListingView(String feature, String listClassName, Function<Locale, PageMetadata> page) {
        this.feature = feature;
        this.page = page;
        this.results = new Listing(feature + ".count", listClassName);
        addClassName("content");
        add(new H1(getTranslation(feature + ".title")));
    }

    /** Shows what the filters now find, through {@link #show}. */
    protected abstract void list(Locale locale);

    /**
     * A filter of one of the items or of any of them, which is where it starts; kept in the address as the
     * parameter with the item's key.
     */
    protected <T> Select<T> filter(String parameter, String label, Collection<T> items, Function<T, String> name,
            Function<T, String> key) {
        var any = getTranslation(feature + ".filter.any");
        var select = new Select<T>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(item -> item == null ? any : name.apply(item));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.addValueChangeListener(change -> {
            if (!applying) {
                UI.getCurrent().navigate(getClass(), address());
            }
        });
        filters.add(new Filter<>(parameter, select, key));
        return select;
    }

    /** The filter by neighbourhood, kept in the address by its slug. */
    protected Select<NeighbourhoodSummary> neighbourhoodFilter(Collection<NeighbourhoodSummary> neighbourhoods) {
        return filter("neighbourhood", getTranslation(feature + ".filter.neighbourhood"), neighbourhoods,
                NeighbourhoodSummary::name, NeighbourhoodSummary::slug);
    }

    /** A filter by a constant, kept in the address by its name in lower case, named by {@code <prefix><NAME>}. */
    protected <E extends Enum<E>> Select<E> filter(String parameter, String label, Class<E> type, String prefix) {
        return filter(parameter, label, List.of(type.getEnumConstants()), e -> getTranslation(prefix + e.name()),
                e -> e.name().toLowerCase(Locale.ROOT));
    }

    /** Places the filters, to assistive technology a search, and below them the results. */
    protected void placeFilters() {
        var bar = new Div(filters.stream().map(Filter::select).toArray(Component[]::new));
        bar.addClassName("filters");
        bar.getElement().setAttribute("role", "search");
        bar.getElement().setAttribute("aria-label", getTranslation(feature + ".filter.label"));
        add(bar, results);
    }

    /** Shows what was found, counted, as cards; or the note when nothing was. */
    protected <T> void show(List<T> found, String none, Function<T, ? extends Component> card) {
        results.show(found, none, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applying = true;
        filters.forEach(filter -> filter.choose(parameters));
        applying = false;
        list(UI.getCurrent().getLocale());
    }

    private QueryParameters address() {
        var values = new HashMap<String, String>();
        filters.forEach(filter -> filter.key().ifPresent(key -> values.put(filter.parameter(), key)));
        return QueryParameters.simple(values);
    }

    @Override
    public String getPageTitle() {
        return page.apply(UI.getCurrent().getLocale()).title();
    }

    private record Filter<T>(String parameter, Select<T> select, Function<T, String> keyOf) {

        /** Chooses the item the address names; any when it names none, or one there is not. */
        void choose(QueryParameters parameters) {
            select.setValue(parameters.getSingleParameter(parameter).flatMap(key -> select.getListDataView()
                    .getItems().filter(item -> keyOf.apply(item).equals(key)).findFirst()).orElse(null));
        }

        java.util.Optional<String> key() {
            return select.getOptionalValue().map(keyOf);
        }
    }
}
