package org.neighbourhood.forums.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The parts of a session's page in the back office, one shown at a time and chosen with radio buttons:
 * plain form controls that keyboards and screen readers know, where a tab strip's scroller trips ARIA rules.
 */
class SessionSections extends Div {

    private final RadioButtonGroup<String> chooser = new RadioButtonGroup<>();
    private final Map<String, Component> sections = new LinkedHashMap<>();

    SessionSections() {
        addClassName("session-sections");
        chooser.setLabel(getTranslation("admin.forums.sections"));
        chooser.addValueChangeListener(event -> show(event.getValue()));
        add(chooser);
    }

    void add(String key, Component section) {
        sections.put(key, section);
        section.setVisible(false);
        chooser.setItems(sections.keySet());
        chooser.setItemLabelGenerator(this::getTranslation);
        add(section);
    }

    void select(String key) {
        chooser.setValue(key);
        show(key);
    }

    /** Only the details exist for a session not saved yet. */
    void setOthersEnabled(String first, boolean enabled) {
        chooser.setItemEnabledProvider(key -> enabled || key.equals(first));
    }

    private void show(String chosen) {
        sections.forEach((key, section) -> section.setVisible(key.equals(chosen)));
    }
}
