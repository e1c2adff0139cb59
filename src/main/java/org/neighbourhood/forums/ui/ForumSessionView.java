package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.ForumService.SessionPage;
import org.neighbourhood.forums.signup.SignUpService;

/**
 * One session: when and where (for a listening circle, only that it exists), places left, the published
 * agenda, "you said, we did", and the sign-up form while it is open.
 */
@Route(value = "forums/:series/:session", layout = PublicLayout.class)
@AnonymousAllowed
class ForumSessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ForumService forums;
    private final SignUpService signUps;
    private final ForumPages pages;
    private final Brand brand;
    private @Nullable SessionPage page;

    ForumSessionView(ForumService forums, SignUpService signUps, ForumPages pages, Brand brand) {
        this.brand = brand;
        this.forums = forums;
        this.signUps = signUps;
        this.pages = pages;
        addClassName("content");
        addClassName("forum-session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var locale = UI.getCurrent().getLocale();
        var parameters = event.getRouteParameters();
        var found = forums.sessionPage(parameters.get("series").orElse(""), parameters.get("session").orElse(""),
                locale);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        page = found.get();
        var s = page.session();
        removeAll();
        var kicker = new Paragraph(ContentLanguage.mark(new RouterLink(page.series().name(), ForumSeriesView.class,
                new RouteParameters("series", page.series().slug())), page.series().language(), locale));
        kicker.addClassName("kicker");
        var when = ForumsView.lead(TimeRanges.format(s.startsAt(), s.endsAt(), locale));
        add(kicker, ContentLanguage.mark(new H1(s.title()), s.language(), locale), when);
        if (!s.inRequestedLanguage()) {
            add(ContentLanguage.note(s.language(), locale));
        }
        if (s.description() != null) {
            s.description().lines().filter(line -> !line.isBlank())
                    .forEach(line -> add(ContentLanguage.mark(new Paragraph(line), s.language(), locale)));
        }

        var where = new Section(new H2(getTranslation("event.where")));
        where.add(new Paragraph(getTranslation("event.format." + s.format().name())));
        if (s.listeningCircle()) {
            var circle = new Paragraph(getTranslation("forum.circle.where"));
            circle.addClassName("note");
            where.add(circle);
        }
        if (s.venueName() != null) {
            where.add(new Paragraph(s.venueName() + (s.venueAddress() == null ? "" : ", " + s.venueAddress())));
        }
        if (s.onlineUrl() != null) {
            var link = new Anchor(s.onlineUrl(), getTranslation("event.join-online"));
            link.getElement().setAttribute("rel", "noopener nofollow");
            where.add(new Paragraph(link));
        }
        if (s.accessibilityNotes() != null) {
            where.add(new H2(getTranslation("event.accessibility")), new Paragraph(s.accessibilityNotes()));
        }
        if (s.chairs() != null) {
            where.add(new Paragraph(getTranslation("forum.chairs", s.chairs())));
        }
        add(where);

        var agenda = new Section(new H2(getTranslation("forum.agenda")));
        if (!page.agenda().isEmpty()) {
            var list = new OrderedList();
            page.agenda().forEach(topic -> list.add(new ListItem(topic)));
            agenda.add(list);
        } else {
            agenda.add(ForumSeriesView.empty(getTranslation(s.open() ? "forum.agenda.open" : "forum.agenda.none")));
        }
        add(agenda);

        if (!page.actions().isEmpty()) {
            add(new Section(new H2(getTranslation("forum.you-said-we-did")), new ActionList(page.actions(), locale,
                    false)));
        }

        var signUp = new Section(new H2(getTranslation("forum.signup.heading")));
        signUp.setId("sign-up");
        if (s.open()) {
            var places = new Paragraph(SessionCard.places(s, locale));
            places.addClassName("lead");
            signUp.add(places, new SignUpForm(signUps, s.id(), s.full(), brand.forceName()));
        } else {
            signUp.add(ForumSeriesView.empty(getTranslation("forum.signup.closed")));
        }
        add(signUp);
    }

    @Override
    public String getPageTitle() {
        return page == null ? "" : pages.session(page, UI.getCurrent().getLocale()).title();
    }
}
