package org.neighbourhood.officers.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.officers.OfficerCard;

/** One officer in a team: photo, name with rank, role in the reader's language where written, and a link. */
class OfficerCardView extends ListItem {

    OfficerCardView(OfficerCard officer) {
        addClassName("officer-card");
        if (officer.photoUrl() != null) {
            var photo = new Image(officer.photoUrl(), officer.photoAlt() == null ? "" : officer.photoAlt());
            photo.addClassName("officer-card__photo");
            photo.setWidth("96px");
            photo.setHeight("96px");
            add(photo);
        } else {
            var initials = new Span(initials(officer.name()));
            initials.addClassName("officer-card__initials");
            initials.getElement().setAttribute("aria-hidden", "true");
            add(initials);
        }
        var link = new RouterLink(officer.titledName(), OfficerView.class,
                new RouteParameters("slug", officer.slug()));
        link.addClassName("officer-card__link");
        var text = new Div(new H3(link));
        // The page's language where the role is written in it; else the first written, marked for screen readers.
        officer.roleFor(getLocale()).ifPresent(role -> {
            var paragraph = ContentLanguage.mark(new Paragraph(role.text()), role.language(), getLocale());
            paragraph.addClassName("officer-card__role");
            text.add(paragraph);
        });
        text.addClassName("officer-card__text");
        add(text);
    }

    static String initials(String name) {
        var initials = new StringBuilder();
        for (var word : name.split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString();
    }
}
