package org.neighbourhood.base.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.HasUrlParameterFormat;

/**
 * Describes the public pages of one feature for the first HTML response, view by view. A page's address is
 * declared only in its view's {@code @Route}: the router finds the view an address leads to, and
 * {@link PageMetadataResolver} asks the provider that named that view, with the route's parameters.
 */
public interface PageMetadataProvider {

    /** Names the views this provider describes, each with how; a view is named by one provider at most. */
    void register(Pages pages);

    /** Where providers name their views. */
    interface Pages {

        void describe(Class<? extends Component> view, Page page);

        /**
         * A view that shows one thing, found by its route's {@code slug} parameter: "not found" when nothing
         * public has that address, such as a draft or a mistyped one.
         */
        void describeFound(Class<? extends Component> view, Found page);
    }

    /** How a view of one thing describes it, found by its address's slug; empty when there is none to show. */
    @FunctionalInterface
    interface Found {

        Optional<PageMetadata> describe(String slug, Locale locale);
    }

    /** How one view describes itself for the address it was reached by. */
    @FunctionalInterface
    interface Page {

        /**
         * @param route the parameters of the view's {@code @Route} template, such as {@code slug} for
         *        {@code events/:slug}; for a {@link HasUrlParameter} view see {@link #urlParameter}
         */
        PageMetadata describe(RouteParameters route, Locale locale);
    }

    /** The parameter of a {@link HasUrlParameter} view, which the router keeps under a name of its own. */
    static Optional<String> urlParameter(RouteParameters route) {
        return route.get(HasUrlParameterFormat.PARAMETER_NAME);
    }
}
