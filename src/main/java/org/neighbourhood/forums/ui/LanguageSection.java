package org.neighbourhood.forums.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;

/**
 * One content language's fields of a back-office form, in a section named after the language: the first
 * configured language is required and open, the others are marked optional and open once something is written in
 * them. Which languages there are is configuration, so a form has one of these per configured language.
 */
class LanguageSection extends Details {

    private final Locale language;
    private final FormLayout fields = new FormLayout();

    LanguageSection(Locale language, boolean first) {
        this.language = language;
        setSummaryText(getTranslation(first ? "content.language-section" : "content.language-optional",
                name(language)));
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(fields);
        setOpened(first);
        setWidthFull();
        addClassName("language-section");
    }

    /** The language as the reader calls it, capitalised as a heading: English, Angielski, Saesneg. */
    private String name(Locale language) {
        var name = language.getDisplayLanguage(getLocale());
        return name.isEmpty() ? language.getLanguage()
                : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }

    String tag() {
        return language.getLanguage();
    }

    void addFields(Component... components) {
        fields.add(components);
    }

    void setColspan(Component component, int columns) {
        fields.setColspan(component, columns);
    }
}
