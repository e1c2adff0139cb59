package org.neighbourhood.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;

/**
 * A field robots fill, as they fill every field they find, and people never see or reach: hidden, out of the tab
 * order and from assistive technology. A public form that finds anything in it came from a robot.
 */
public final class Honeypot extends Div {

    private final Input field = new Input();

    /**
     * @param id the field's id, unique on the page
     * @param label what the field says it is, for a robot that reads labels
     */
    public Honeypot(String id, String label) {
        var trapLabel = new NativeLabel(label);
        trapLabel.setFor(id);
        field.setId(id);
        field.getElement().setAttribute("name", "website");
        field.getElement().setAttribute("tabindex", "-1");
        field.getElement().setAttribute("autocomplete", "off");
        add(trapLabel, field);
        addClassName("signup-form__trap");
        getElement().setAttribute("aria-hidden", "true");
    }

    public String getValue() {
        return field.getValue();
    }
}
