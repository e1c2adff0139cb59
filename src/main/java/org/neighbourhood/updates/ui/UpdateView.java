package org.neighbourhood.updates.ui;

import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.publishing.ui.ItemView;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;

/** One update: its title, when it was published, its picture and its text. */
@Route(value = "updates/:slug", layout = PublicLayout.class)
@AnonymousAllowed
class UpdateView extends ItemView<PublicUpdate> {

    private final UpdateImageSizes imageSizes;

    UpdateView(UpdateService updates, NeighbourhoodService neighbourhoods, UpdatePages pages,
            UpdateImageSizes imageSizes) {
        super(neighbourhoods, "update", updates::findPublic, (update, locale) -> pages.update(update));
        this.imageSizes = imageSizes;
    }

    @Override
    protected void show(PublicUpdate u, Locale locale) {
        heading(u, locale, getTranslation("update.published", UpdateCard.date(u.publishedAt(), locale)));
        if (u.imageUrl() != null) {
            var image = new Image(u.imageUrl(), u.imageAlt() == null ? "" : u.imageAlt());
            image.addClassName("update__image");
            // The browser keeps the picture's room from these before it loads; CSS scales both to fit.
            imageSizes.of(u).ifPresent(size -> image.getElement().setAttribute("width", String.valueOf(size.width()))
                    .setAttribute("height", String.valueOf(size.height())));
            add(image);
        }
        add(ContentLanguage.mark(body(u.bodyHtml()), u.language(), locale));
        add(team(u, "update.team"));
    }

    /** The sanitised HTML of a body, under one root element as the Html component needs. */
    static Html body(String sanitisedHtml) {
        return new Html("<div class=\"update-body\">" + sanitisedHtml + "</div>");
    }

}
