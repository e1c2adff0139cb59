package org.neighbourhood.officers.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.LightTrees;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.officers.OfficerProfile;
import org.neighbourhood.officers.OfficerService;

/**
 * An officer's public profile: who they are, their role and why they do the job (each in the reader's language
 * where written, else in another with a note saying so), and how to reach their team.
 */
@AnonymousAllowed
@Route(value = OfficerView.PATH_PREFIX + ":slug", layout = PublicLayout.class)
class OfficerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH_PREFIX = "officers/";

    private final OfficerService officers;
    private final NeighbourhoodService neighbourhoods;
    private final OfficerPages pages;
    private final ContentLanguages contentLanguages;
    private final LightTrees light;
    private @Nullable OfficerProfile officer;

    OfficerView(OfficerService officers, NeighbourhoodService neighbourhoods, OfficerPages pages,
            ContentLanguages contentLanguages, LightTrees light) {
        this.light = light;
        this.officers = officers;
        this.contentLanguages = contentLanguages;
        this.neighbourhoods = neighbourhoods;
        this.pages = pages;
        addClassName("content");
        addClassName("officer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = officers.findBySlug(event.getRouteParameters().get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        officer = found.get();
        removeAll();
        show(found.get());
    }

    /** The whole page is static: plain HTML in the visitor's UI, built once ({@link LightTrees}). */
    private void show(OfficerProfile o) {
        add(light.children("officer/" + o.slug(), getLocale(), () -> {
            var page = new Div();
            build(page, o);
            return page;
        }));
    }

    private void build(Div page, OfficerProfile o) {
        var intro = new Div();
        intro.addClassName("officer__intro");
        if (o.photoUrl() != null) {
            var photo = new Image(o.photoUrl(), o.photoAlt() == null ? "" : o.photoAlt());
            photo.addClassName("officer__photo");
            photo.setWidth("160px");
            photo.setHeight("160px");
            intro.add(photo);
        }
        var rankName = getTranslation("rank." + o.rank().name());
        var role = o.roleFor(getLocale(), contentLanguages);
        var rank = rankAndRole(rankName, role);
        rank.addClassName("lead");
        var team = new Paragraph(getTranslation("officer.team", o.teamName()));
        var who = new Div(new H1(o.titledName()), rank);
        if (!role.inRequestedLanguage()) {
            who.add(ContentLanguage.note(role.language(), getLocale()));
        }
        who.add(team, servedNeighbourhoods(o));
        intro.add(who);
        page.add(intro);

        var why = new Section(new H2(getTranslation("officer.why.heading")));
        o.bioFor(getLocale(), contentLanguages).ifPresentOrElse(bio -> {
            var text = new Div();
            text.addClassName("officer__bio");
            // Says what language the story is in, so that screen readers speak it in the right voice.
            ContentLanguage.mark(text, bio.language(), getLocale());
            bio.text().lines().filter(line -> !line.isBlank()).forEach(line -> text.add(new Paragraph(line)));
            why.add(text);
            if (!bio.inRequestedLanguage()) {
                why.add(ContentLanguage.note(bio.language(), getLocale()));
            }
        }, () -> why.add(new Paragraph(getTranslation("officer.why.empty"))));
        page.add(why);

        if (!o.languages().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("inline-list");
            for (var code : o.languages()) {
                var language = Locale.of(code);
                list.add(new ListItem(language.getDisplayLanguage(getLocale())));
            }
            page.add(new Section(new H2(getTranslation("officer.languages.heading")), list));
        }
        page.add(contact(o));
    }

    /** "Police Constable · Neighbourhood Officer", the role in an element of its own where it needs a lang. */
    private Paragraph rankAndRole(String rankName, Localised<String> role) {
        var sameLanguage = role.language().getLanguage().equals(getLocale().getLanguage());
        if (rankName.equals(role.text()) || sameLanguage) {
            return new Paragraph(rankName.equals(role.text()) ? role.text() : rankName + " · " + role.text());
        }
        var paragraph = new Paragraph(rankName + " · ");
        paragraph.add(ContentLanguage.mark(new Span(role.text()), role.language(), getLocale()));
        return paragraph;
    }

        private Component servedNeighbourhoods(OfficerProfile o) {
        var paragraph = new Paragraph(getTranslation("officer.neighbourhoods") + " ");
        var first = true;
        for (var n : o.neighbourhoods()) {
            if (!first) {
                paragraph.add(new Span(", "));
            }
            paragraph.add(new Anchor("/neighbourhoods/" + n.slug(), n.name()));
            first = false;
        }
        return paragraph;
    }

    private Component contact(OfficerProfile o) {
        var section = new Section(new H2(getTranslation("officer.contact.heading")));
        section.add(new Paragraph(getTranslation("officer.contact.intro")));
        var list = new UnorderedList();
        list.addClassName("contact-list");
        for (var summary : o.neighbourhoods()) {
            neighbourhoods.findBySlug(summary.slug()).ifPresent(n -> {
                var item = new ListItem(new Span(n.name() + ": "));
                if (n.email() != null) {
                    item.add(new Anchor("mailto:" + n.email(), n.email()));
                }
                if (n.phone() != null) {
                    item.add(new Span(" · "), new Anchor("tel:" + n.phone().replace(" ", ""), n.phone()));
                }
                list.add(item);
            });
        }
        section.add(list);
        var emergency = new Paragraph(getTranslation("neighbourhood.contact.emergency"));
        emergency.addClassName("note");
        section.add(emergency);
        return section;
    }

    @Override
    public String getPageTitle() {
        return officer == null ? "" : pages.officer(officer, getLocale()).title();
    }
}
