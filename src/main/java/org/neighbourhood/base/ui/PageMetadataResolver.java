package org.neighbourhood.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinService;

import org.neighbourhood.base.Messages;
import org.springframework.stereotype.Component;

/**
 * What the first HTML of an address says: the router finds the view the address leads to, as that view's
 * {@code @Route} declares it, and the provider that names the view describes it. An address no view has is
 * not found; a view that no provider names gets the site's own title and description.
 */
@Component
public class PageMetadataResolver {

    private final Map<Class<?>, PageMetadataProvider.Page> pages = new HashMap<>();
    private final PageTitles titles;
    private final Messages messages;

    PageMetadataResolver(List<PageMetadataProvider> providers, PageTitles titles, Messages messages) {
        this.titles = titles;
        this.messages = messages;
        var registry = new Registry();
        providers.forEach(provider -> provider.register(registry));
    }

    private final class Registry implements PageMetadataProvider.Pages {

        @Override
        public void describe(Class<? extends com.vaadin.flow.component.Component> view, PageMetadataProvider.Page page) {
            if (pages.putIfAbsent(view, page) != null) {
                throw new IllegalStateException(view.getName() + " is described by more than one provider");
            }
        }

        @Override
        public void describeFound(Class<? extends com.vaadin.flow.component.Component> view,
                PageMetadataProvider.Found page) {
            describe(view, (route, locale) -> page.describe(route.get("slug").orElse(""), locale)
                    .orElseGet(() -> titles.notFound(locale)));
        }
    }

    /**
     * Whether an address leads to a page that a feature describes for the public — not to the back office, the
     * sign-in or an address no view has.
     */
    boolean isPublicPage(RouteRegistry routes, String path) {
        var target = routes.getNavigationRouteTarget(path);
        return target.hasTarget() && pages.containsKey(target.getRouteTarget().getTarget());
    }

    /** The page at an address, by the routes of the running application. */
    public PageMetadata describe(String path, Locale locale) {
        return describe(VaadinService.getCurrent().getRouter().getRegistry(), path, locale);
    }

    /**
     * @param path the address without the leading slash or query, such as {@code neighbourhoods/riverside}
     */
    PageMetadata describe(RouteRegistry routes, String path, Locale locale) {
        var target = routes.getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            return titles.notFound(locale);
        }
        var page = pages.get(target.getRouteTarget().getTarget());
        if (page == null) {
            return titles.page(titles.forceName(), messages.get("site.description", locale));
        }
        return page.describe(target.getRouteParameters(), locale);
    }
}
