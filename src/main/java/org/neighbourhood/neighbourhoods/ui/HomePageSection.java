package org.neighbourhood.neighbourhoods.ui;

import com.vaadin.flow.component.Component;

/**
 * A section of the home page that another feature contributes, such as upcoming events, so that the home
 * page shows it without depending on that feature. Sections appear in the order of {@link #order()}.
 */
public interface HomePageSection {

    int order();

    /** A new component for one page view. */
    Component create();
}
