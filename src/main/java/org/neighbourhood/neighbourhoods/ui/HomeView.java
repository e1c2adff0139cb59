package org.neighbourhood.neighbourhoods.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.neighbourhood.base.Brand;
import org.neighbourhood.base.ui.FeedLinks;
import org.neighbourhood.base.ui.LightTrees;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;

/** The front door: find your team by postcode or location, and what is new across the force. */
@AnonymousAllowed
@Route(value = "", layout = PublicLayout.class)
class HomeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final NeighbourhoodPages pages;
    private final PostcodeSearch search;

    HomeView(NeighbourhoodService neighbourhoods, NeighbourhoodPages pages, Brand brand,
            List<HomePageSection> sections, FeedLinks feedLinks, LightTrees light) {
        this.pages = pages;
        addClassName("content");
        addClassName("home");
        search = new PostcodeSearch(neighbourhoods, brand);

        // All but the postcode search is plain HTML in a visitor's UI, built once (LightTrees).
        var locale = getLocale();
        var heading = light.of("home/heading", locale, () -> new H1(getTranslation("home.heading")));
        var intro = light.of("home/intro", locale, () -> {
            var text = new Paragraph(getTranslation("home.intro", brand.forceName()));
            text.addClassName("lead");
            return text;
        });
        var finder = new Section(heading, intro, search);
        finder.addClassName("home__finder");

        add(finder);
        var ordered = sections.stream().sorted(Comparator.comparingInt(HomePageSection::order)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            add(light.of("home/section-" + i, locale, ordered.get(i)::create));
        }
        add(light.of("home/neighbourhoods", locale, () -> allNeighbourhoods(neighbourhoods)));
        add(light.of("home/feeds", locale, () -> feedLinks.section(pages.home(locale).feeds())));
    }

    private Section allNeighbourhoods(NeighbourhoodService neighbourhoods) {
        var list = new UnorderedList();
        list.addClassName("link-list");
        for (var neighbourhood : neighbourhoods.findAll()) {
            list.add(new ListItem(new RouterLink(neighbourhood.name(), NeighbourhoodView.class,
                    new RouteParameters("slug", neighbourhood.slug()))));
        }
        var section = new Section(new H2(getTranslation("home.all.heading")), list);
        section.addClassName("home__section");
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PostcodeSearch.QUERY_PARAMETER)
                .filter(value -> !value.isBlank())
                .ifPresent(search::search);
    }

    @Override
    public String getPageTitle() {
        return pages.home(getLocale()).title();
    }
}
