package org.neighbourhood.neighbourhoods.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * A section of the home page that another feature contributes, such as upcoming events, so that the home
 * page shows it without depending on that feature. Sections appear in the order of {@link #order()}.
 */
public interface HomePageSection {

    int order();

    /** A new component for one page view. */
    Component create();

    /** A section at that place in the order, made anew for each page view. */
    static HomePageSection at(int order, Supplier<Component> create) {
        record At(int order, Supplier<Component> made) implements HomePageSection {
            @Override
            public Component create() {
                return made.get();
            }
        }
        return new At(order, create);
    }
}
