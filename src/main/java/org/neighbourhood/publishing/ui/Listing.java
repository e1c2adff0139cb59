package org.neighbourhood.publishing.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The results of a public listing such as all events or all updates: how many were found and their cards, or
 * a note that nothing was; read out by assistive technology each time a filter changes them.
 */
final class Listing extends Div {

    private final String countKey;
    private final String listClassName;

    /**
     * @param countKey the translation key of the count, such as "3 events", given the number found
     * @param listClassName the CSS class of the list that holds the cards
     */
    Listing(String countKey, String listClassName) {
        this.countKey = countKey;
        this.listClassName = listClassName;
        getElement().setAttribute("aria-live", "polite");
    }

    /** Shows what was found, counted, as cards; or the note when nothing was. */
    <T> void show(List<T> found, String none, Function<T, ? extends Component> card) {
        removeAll();
        if (found.isEmpty()) {
            var empty = new Paragraph(none);
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var list = new UnorderedList();
        list.addClassName(listClassName);
        found.forEach(item -> list.add(card.apply(item)));
        add(new Paragraph(getTranslation(countKey, found.size())), list);
    }
}
