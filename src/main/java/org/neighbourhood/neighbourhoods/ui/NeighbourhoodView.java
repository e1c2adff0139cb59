package org.neighbourhood.neighbourhoods.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.FeedLinks;
import org.neighbourhood.base.ui.LightTrees;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;

/**
 * A neighbourhood's public page: what the place is like (in the reader's language where written, else in another
 * with a note saying so), who the team are, how to reach them and the area they cover.
 */
@AnonymousAllowed
@Route(value = NeighbourhoodView.PATH_PREFIX + ":slug", layout = PublicLayout.class)
class NeighbourhoodView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH_PREFIX = "neighbourhoods/";

    private final NeighbourhoodService neighbourhoods;
    private final NeighbourhoodPages pages;
    private final List<NeighbourhoodPageSection> sections;
    private final ContentLanguages contentLanguages;
    private final FeedLinks feedLinks;
    private final LightTrees light;
    /** The page's title, kept rather than the neighbourhood (and its boundary) for as long as the page is open. */
    private String title = "";

    NeighbourhoodView(NeighbourhoodService neighbourhoods, NeighbourhoodPages pages,
            List<NeighbourhoodPageSection> sections, ContentLanguages contentLanguages, FeedLinks feedLinks,
            LightTrees light) {
        this.light = light;
        this.neighbourhoods = neighbourhoods;
        this.feedLinks = feedLinks;
        this.contentLanguages = contentLanguages;
        this.pages = pages;
        this.sections = sections.stream().sorted(Comparator.comparingInt(NeighbourhoodPageSection::order))
                .toList();
        addClassName("content");
        addClassName("neighbourhood");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get("slug").orElse("");
        var found = neighbourhoods.findBySlug(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = pages.neighbourhood(found.get(), getLocale()).title();
        removeAll();
        show(found.get());
    }

    /** Every part but the interactive sections is plain HTML in the visitor's UI, built once ({@link LightTrees}). */
    private void show(NeighbourhoodDetails n) {
        var locale = getLocale();
        var part = "neighbourhood/" + n.slug() + "/";
        add(light.of(part + "header", locale, () -> {
            var kicker = new Paragraph(getTranslation("neighbourhood.kicker"));
            kicker.addClassName("kicker");
            var header = new Div(kicker, new H1(n.name()));
            header.addClassName("neighbourhood__header");
            return header;
        }));
        n.summaryFor(locale, contentLanguages).ifPresent(written -> {
            add(light.of(part + "summary", locale, () -> {
                var summary = ContentLanguage.mark(new Paragraph(written.text()), written.language(), locale);
                summary.addClassName("lead");
                return summary;
            }));
            if (!written.inRequestedLanguage()) {
                add(light.of(part + "summary-note", locale, () -> ContentLanguage.note(written.language(), locale)));
            }
        });
        for (int i = 0; i < sections.size(); i++) {
            var section = sections.get(i);
            add(section.interactive() ? section.create(n)
                    : light.of(part + "section-" + i, locale, () -> section.create(n)));
        }
        add(light.of(part + "feeds", locale,
                () -> feedLinks.section(pages.neighbourhood(n, locale).feeds())));
        add(light.of(part + "contact", locale, () -> contact(n)));
        if (n.boundary() != null) {
            add(light.of(part + "area", locale, () -> area(n)));
        }
    }

    private Component contact(NeighbourhoodDetails n) {
        var section = new Section(new H2(getTranslation("neighbourhood.contact.heading")));
        section.addClassName("neighbourhood__contact");
        var list = new UnorderedList();
        list.addClassName("contact-list");
        if (n.email() != null) {
            list.add(item(getTranslation("neighbourhood.contact.email"),
                    new Anchor("mailto:" + n.email(), n.email())));
        }
        if (n.phone() != null) {
            list.add(item(getTranslation("neighbourhood.contact.phone"),
                    new Anchor("tel:" + n.phone().replace(" ", ""), n.phone())));
        }
        for (var link : n.links()) {
            var anchor = new Anchor(link.url(), link.label());
            anchor.getElement().setAttribute("rel", "noopener");
            list.add(item(getTranslation("neighbourhood.contact.online"), anchor));
        }
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("neighbourhood.contact.none")));
        } else {
            section.add(list);
        }
        var emergency = new Paragraph(getTranslation("neighbourhood.contact.emergency"));
        emergency.addClassName("note");
        section.add(emergency);
        return section;
    }

    private static ListItem item(String label, Component value) {
        var name = new com.vaadin.flow.component.html.Span(label + ": ");
        name.addClassName("contact-list__label");
        return new ListItem(name, value);
    }

    private Component area(NeighbourhoodDetails n) {
        var label = getTranslation("neighbourhood.area.label", n.name());
        var section = new Section(new H2(getTranslation("neighbourhood.area.heading")),
                new BoundaryOutline(java.util.Objects.requireNonNull(n.boundary()), label));
        section.addClassName("neighbourhood__area");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
