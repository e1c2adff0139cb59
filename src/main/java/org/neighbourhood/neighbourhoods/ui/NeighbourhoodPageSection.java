package org.neighbourhood.neighbourhoods.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;

import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;

/**
 * A section of the public neighbourhood page that another feature contributes — the team, priorities,
 * events — so that the neighbourhood page shows them without depending on those features. Implementations
 * are Spring beans; sections appear in the order of {@link #order()}.
 */
public interface NeighbourhoodPageSection {

    int order();

    /** A new component for one page view; never shared between pages. */
    Component create(NeighbourhoodDetails neighbourhood);

    /**
     * Whether the section has buttons or fields of its own, answered on the server; a section without is shown
     * to visitors as plain HTML, built once and shared ({@code LightTrees}).
     */
    default boolean interactive() {
        return false;
    }

    /** A section at that place in the order, made anew for each page view of a neighbourhood. */
    static NeighbourhoodPageSection at(int order, Function<NeighbourhoodDetails, Component> create) {
        return new At(order, create, false);
    }

    /** A section with buttons or fields of its own, at that place in the order. */
    static NeighbourhoodPageSection interactive(int order, Function<NeighbourhoodDetails, Component> create) {
        return new At(order, create, true);
    }

    /** A section made by a function. */
    record At(int order, Function<NeighbourhoodDetails, Component> made, boolean interactive)
            implements NeighbourhoodPageSection {
        @Override
        public Component create(NeighbourhoodDetails neighbourhood) {
            return made.apply(neighbourhood);
        }
    }
}
