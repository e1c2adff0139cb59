package org.neighbourhood.admin.ui;

import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.neighbourhood.base.Languages;

/**
 * The back office's fields, made the same way in every form: text with a label and the length the database
 * keeps; dates and times as people in the reader's language write them.
 */
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

    /**
     * A date picker showing 13/12/2026 in English and 13.12.2026 in Polish. Left to the UI's plain
     * {@code en}, the browser would write American dates (12/13/2026).
     */
    public static DatePicker date(String label, Locale language) {
        var picker = new DatePicker(label);
        picker.setLocale(Languages.formatting(language));
        return picker;
    }

    /** A date and time picker in the reader's conventions: 13/12/2026 18:30 in English, 13.12.2026 in Polish. */
    public static DateTimePicker dateTime(String label, Locale language) {
        var picker = new DateTimePicker(label);
        localise(picker, language);
        return picker;
    }

    /** Sets a date and time picker made elsewhere to the reader's conventions. */
    public static void localise(DateTimePicker picker, Locale language) {
        picker.setLocale(Languages.formatting(language));
    }
}
