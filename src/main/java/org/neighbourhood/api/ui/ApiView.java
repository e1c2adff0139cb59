package org.neighbourhood.api.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.api.OpenDataService;
import org.neighbourhood.api.PoliceShapes;
import org.neighbourhood.api.ReadModels;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.Messages;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.springframework.stereotype.Component;

/**
 * The API for people: what it is, the licence, each address with a live example from this portal's own data, and
 * the machine-readable description. Examples are cut to their first entries.
 */
@AnonymousAllowed
@Route(value = ApiView.PATH, layout = PublicLayout.class)
public class ApiView extends Div implements HasDynamicTitle {

    static final String PATH = "api";
    static final String LICENCE =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private static final int EXAMPLE_ENTRIES = 2;

    /** One address of the API, and how to make its example for a neighbourhood in a language. */
    private record Endpoint(String path, String key, Function<Locale, Optional<?>> example) {
    }

    private final PageTitles titles;

    ApiView(PageTitles titles, Brand brand, PublicAddress publicAddress, OpenDataService data, Clock clock) {
        this.titles = titles;
        addClassName("content");
        addClassName("api-page");
        var base = publicAddress.base() + "/api";
        var force = brand.forceId();
        var locale = getLocale();
        // The first neighbourhood with priorities published, so that the examples show more than empty lists.
        var ids = data.neighbourhoods(force).orElse(List.of()).stream().map(n -> n.id()).toList();
        var neighbourhood = ids.stream()
                .filter(id -> !data.priorities(force, id, locale).orElse(List.of()).isEmpty())
                .findFirst().orElse(ids.isEmpty() ? "riverside" : ids.getFirst());
        var centre = data.neighbourhood(force, neighbourhood, locale)
                .map(n -> n.centre())
                .filter(point -> point.latitude() != null && point.longitude() != null)
                .orElse(new PoliceShapes.Point("52.1429", "-0.4614"));

        add(new H1(getTranslation("api.title")));
        add(new Paragraph(getTranslation("api.intro", brand.forceName())));
        var address = new Paragraph(getTranslation("api.base") + " ");
        address.add(new Code(base));
        add(address);
        var licence = new Paragraph(getTranslation("api.licence") + " ");
        licence.add(new Anchor(LICENCE, getTranslation("api.licence.name")));
        add(licence);
        var description = new Anchor("/api/openapi.json", getTranslation("api.openapi"));
        description.setRouterIgnore(true);
        add(new Paragraph(description));

        add(new H2(getTranslation("api.rules.heading")));
        add(new UnorderedList(
                new ListItem(getTranslation("api.rules.language")),
                new ListItem(getTranslation("api.rules.caching")),
                new ListItem(getTranslation("api.rules.limit")),
                new ListItem(getTranslation("api.rules.browsers")),
                new ListItem(getTranslation("api.rules.errors"))));

        add(section("api.compatible.heading", "api.compatible.intro", base, locale, List.of(
                new Endpoint("/forces", "forces", l -> Optional.of(data.forces())),
                new Endpoint("/forces/" + force, "force", l -> data.force(force, l)),
                new Endpoint("/forces/" + force + "/people", "force-people", l -> data.seniorOfficers(force, l)),
                new Endpoint("/" + force + "/neighbourhoods", "neighbourhoods", l -> data.neighbourhoods(force)),
                new Endpoint("/" + force + "/" + neighbourhood, "neighbourhood",
                        l -> data.neighbourhood(force, neighbourhood, l)),
                new Endpoint("/" + force + "/" + neighbourhood + "/boundary", "boundary",
                        l -> data.boundary(force, neighbourhood)),
                new Endpoint("/" + force + "/" + neighbourhood + "/people", "people",
                        l -> data.team(force, neighbourhood, l)),
                new Endpoint("/" + force + "/" + neighbourhood + "/events", "events",
                        l -> data.events(force, neighbourhood, l)),
                new Endpoint("/" + force + "/" + neighbourhood + "/priorities", "priorities",
                        l -> data.priorities(force, neighbourhood, l)),
                new Endpoint("/locate-neighbourhood?q=" + centre.latitude() + "," + centre.longitude(), "locate",
                        l -> data.locate(Double.parseDouble(centre.latitude()),
                                Double.parseDouble(centre.longitude()))))));
        add(section("api.own.heading", "api.own.intro", base, locale, List.of(
                new Endpoint("/v1/languages", "v1-languages", l -> Optional.of(data.contentLanguages())),
                new Endpoint("/v1/" + force + "/forums", "v1-forums",
                        l -> data.forums(force, l, clock.instant())),
                new Endpoint("/v1/" + force + "/" + neighbourhood + "/priorities", "v1-priorities",
                        l -> data.prioritiesWithStatus(force, neighbourhood, l)),
                new Endpoint("/v1/" + force + "/" + neighbourhood + "/people", "v1-people",
                        l -> data.teamWithPages(force, neighbourhood, l)),
                new Endpoint("/v1/" + force + "/" + neighbourhood + "/feedback", "v1-feedback",
                        l -> data.feedback(force, neighbourhood, LocalDate.now(clock.withZone(Zones.LONDON)))))));
    }

    private Section section(String heading, String intro, String base, Locale locale, List<Endpoint> endpoints) {
        var section = new Section(new H2(getTranslation(heading)), new Paragraph(getTranslation(intro)));
        for (var endpoint : endpoints) {
            var url = base + endpoint.path();
            var link = new Anchor(url, url);
            link.setRouterIgnore(true);
            var example = endpoint.example().apply(locale).map(ApiView::shortened).map(ReadModels::readable)
                    .orElse("");
            var pre = new Pre(example);
            pre.addClassName("api-example");
            pre.getElement().setAttribute("aria-label", getTranslation("api.example", endpoint.path()));
            // Scrollable by keyboard, as an example can be wider than a phone.
            pre.getElement().setAttribute("tabindex", "0");
            section.add(new H3(new Code(endpoint.path())),
                    new Paragraph(getTranslation("api.endpoint." + endpoint.key())),
                    new Paragraph(link), pre);
        }
        return section;
    }

    /** A list cut to its first entries, so that the page shows the shape rather than all the data. */
    private static Object shortened(Object value) {
        return value instanceof List<?> list && list.size() > EXAMPLE_ENTRIES ? list.subList(0, EXAMPLE_ENTRIES)
                : value;
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("api.title"));
    }

    @Component
    static class Metadata implements PageMetadataProvider {

        private final PageTitles titles;
        private final Messages messages;

        Metadata(PageTitles titles, Messages messages) {
            this.titles = titles;
            this.messages = messages;
        }

        @Override
        public void register(Pages pages) {
            pages.describe(ApiView.class, (route, locale) -> titles.page(messages.get("api.title", locale),
                    messages.get("api.description", locale, titles.forceName())));
        }
    }
}
