package org.neighbourhood.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Links to the same page in each language. Following one reloads the page in that language, which the
 * server then remembers in a cookie; plain links work by keyboard, by screen reader and without script.
 */
public class LanguageSwitch extends Nav {

    private final List<Locale> languages;
    private final UnorderedList list = new UnorderedList();

    public LanguageSwitch(List<Locale> languages) {
        this.languages = languages;
        addClassName("language-switch");
        list.addClassName("language-switch__list");
        add(list);
    }

    /** Points the links at this page, the one in {@code current} marked as the page's language. */
    public void update(String path, Locale current) {
        getElement().setAttribute("aria-label", getTranslation("layout.language"));
        list.removeAll();
        for (var language : languages) {
            var name = language.getDisplayLanguage(language);
            var label = name.substring(0, 1).toUpperCase(language) + name.substring(1);
            var link = new Anchor("/" + path + "?lang=" + language.toLanguageTag(), label);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("lang", language.toLanguageTag());
            link.getElement().setAttribute("hreflang", language.toLanguageTag());
            if (language.getLanguage().equals(current.getLanguage())) {
                link.getElement().setAttribute("aria-current", "true");
            }
            list.add(new ListItem(link));
        }
    }
}
