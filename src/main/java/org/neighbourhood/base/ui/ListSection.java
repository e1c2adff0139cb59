package org.neighbourhood.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.jspecify.annotations.Nullable;

/**
 * A section of a page that lists a few items as cards under a heading, or says there are none, with a link to
 * all of them once there are some: the home page's and a neighbourhood page's latest updates, upcoming events,
 * priorities, the team. Each feature states only what differs: its names, its items and its card.
 *
 * @param className the section's CSS class
 * @param headingKey the translation key of its heading
 * @param listClassName the CSS class of the list that holds the cards
 * @param emptyKey the translation key of what it says when there is nothing to list
 */
public record ListSection(String className, String headingKey, String listClassName, String emptyKey) {

    /**
     * The section for one page view, in the visitor's language.
     *
     * @param items what to list, found for the visitor's language
     * @param card one item's card in that language
     * @param all where all of them are and how that link reads, shown only when something is listed; or null
     */
    public <T> Section show(Function<Locale, List<T>> items, BiFunction<T, Locale, ? extends Component> card,
            @Nullable Anchor all) {
        var ui = UI.getCurrent();
        var locale = ui.getLocale();
        var section = new Section(new H2(ui.getTranslation(headingKey)));
        section.addClassName(className);
        var found = items.apply(locale);
        if (found.isEmpty()) {
            var empty = new Paragraph(ui.getTranslation(emptyKey));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        var list = new UnorderedList();
        list.addClassName(listClassName);
        found.forEach(item -> list.add(card.apply(item, locale)));
        section.add(list);
        if (all != null) {
            section.add(new Paragraph(all));
        }
        return section;
    }

    /** A link to all the items, its text translated with the given parameters. */
    public static Anchor all(String href, String key, Object... parameters) {
        return new Anchor(href, UI.getCurrent().getTranslation(key, parameters));
    }
}
