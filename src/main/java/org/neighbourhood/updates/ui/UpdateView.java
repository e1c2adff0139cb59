package org.neighbourhood.updates.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;

/** One update: its title, when it was published, its picture and its text. */
@Route(value = "updates/:slug", layout = PublicLayout.class)
@AnonymousAllowed
class UpdateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final UpdateService updates;
    private final NeighbourhoodService neighbourhoods;
    private final UpdatePages pages;
    private final UpdateImageSizes imageSizes;
    private @Nullable PublicUpdate update;

    UpdateView(UpdateService updates, NeighbourhoodService neighbourhoods, UpdatePages pages,
            UpdateImageSizes imageSizes) {
        this.updates = updates;
        this.neighbourhoods = neighbourhoods;
        this.pages = pages;
        this.imageSizes = imageSizes;
        addClassName("content");
        addClassName("update");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        var locale = UI.getCurrent().getLocale();
        var found = updates.findPublic(navigation.getRouteParameters().get("slug").orElse(""), locale);
        if (found.isEmpty()) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        var u = found.get();
        update = u;
        removeAll();
        add(ContentLanguage.mark(new H1(u.title()), u.language(), locale));
        var when = new Paragraph(getTranslation("update.published", UpdateCard.date(u.publishedAt(), locale)));
        when.addClassName("lead");
        add(when);
        if (!u.inRequestedLanguage()) {
            add(ContentLanguage.note(u.language(), locale));
        }
        if (u.imageUrl() != null) {
            var image = new Image(u.imageUrl(), u.imageAlt() == null ? "" : u.imageAlt());
            image.addClassName("update__image");
            // The browser keeps the picture's room from these before it loads; CSS scales both to fit.
            imageSizes.of(u).ifPresent(size -> image.getElement().setAttribute("width", String.valueOf(size.width()))
                    .setAttribute("height", String.valueOf(size.height())));
            add(image);
        }
        add(ContentLanguage.mark(body(u.bodyHtml()), u.language(), locale));
        neighbourhoods.findByIds(java.util.List.of(u.neighbourhoodId())).stream().findFirst()
                .ifPresent(n -> add(new Paragraph(new Anchor("/neighbourhoods/" + n.slug(),
                        getTranslation("update.team", n.name())))));
    }

    /** The sanitised HTML of a body, under one root element as the Html component needs. */
    static Html body(String sanitisedHtml) {
        return new Html("<div class=\"update-body\">" + sanitisedHtml + "</div>");
    }

    @Override
    public String getPageTitle() {
        return update == null ? "" : pages.update(update).title();
    }
}
