package org.neighbourhood.admin.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The back office's text fields, made the same way in every form: a label and the length the database keeps. */
public final class FormFields {

    private FormFields() {
    }

    public static TextField text(String label, int maxLength) {
        var field = new TextField(label);
        field.setMaxLength(maxLength);
        return field;
    }

    public static TextArea area(String label, int maxLength) {
        var area = new TextArea(label);
        area.setMaxLength(maxLength);
        area.setMinRows(2);
        return area;
    }
}
