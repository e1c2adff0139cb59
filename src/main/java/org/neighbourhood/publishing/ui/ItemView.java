package org.neighbourhood.publishing.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.feedback.ui.UsefulQuestion;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.publishing.PublicItem;

/**
 * The public page of one published item, found by the {@code slug} of its route: "not found" for a draft or an
 * unknown address. A content type shows what is its own; the heading in the item's language, the note when that
 * is not the page's, and the link to the team are the same for all.
 */
public abstract class ItemView<P extends PublicItem> extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NeighbourhoodService neighbourhoods;
    private final BiFunction<String, Locale, Optional<P>> find;
    private final BiFunction<P, Locale, PageMetadata> page;
    private @Nullable P item;

    /**
     * @param find the public item at an address, in the visitor's language or the first; empty when none is public
     * @param page the item's page metadata, whose title is the page's
     */
    protected ItemView(NeighbourhoodService neighbourhoods, String className,
            BiFunction<String, Locale, Optional<P>> find, BiFunction<P, Locale, PageMetadata> page) {
        this.neighbourhoods = neighbourhoods;
        this.find = find;
        this.page = page;
        addClassName("content");
        addClassName(className);
    }

    /** Fills the page for the item. */
    protected abstract void show(P item, Locale locale);

    @Override
    public final void beforeEnter(BeforeEnterEvent navigation) {
        var locale = UI.getCurrent().getLocale();
        var found = find.apply(navigation.getRouteParameters().get("slug").orElse(""), locale);
        if (found.isEmpty()) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        item = found.get();
        removeAll();
        show(found.get(), locale);
        var page = "/" + navigation.getLocation().getPath();
        neighbourhoods.findByIds(List.of(found.get().neighbourhoodId())).stream().findFirst()
                .ifPresent(team -> add(new UsefulQuestion(team.slug(), page)));
    }

    /** The item's title as the page's heading, what leads it, and the note when it is in another language. */
    protected void heading(P item, Locale locale, String lead) {
        var paragraph = new Paragraph(lead);
        paragraph.addClassName("lead");
        add(ContentLanguage.mark(new H1(item.title()), item.language(), locale), paragraph);
        if (!item.inRequestedLanguage()) {
            add(ContentLanguage.note(item.language(), locale));
        }
    }

    /** A link to the page of the item's team, its text the message {@code key} given the neighbourhood's name. */
    protected Paragraph team(P item, String key) {
        return neighbourhoods.findByIds(List.of(item.neighbourhoodId())).stream().findFirst()
                .map(n -> new Paragraph(new Anchor("/neighbourhoods/" + n.slug(), getTranslation(key, n.name()))))
                .orElseGet(Paragraph::new);
    }

    @Override
    public String getPageTitle() {
        return item == null ? "" : page.apply(item, UI.getCurrent().getLocale()).title();
    }
}
