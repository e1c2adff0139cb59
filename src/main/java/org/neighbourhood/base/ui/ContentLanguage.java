package org.neighbourhood.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/**
 * How a page shows content written in another language than its own: the element holding it says its language
 * (so a screen reader speaks it rightly), and a note in the reader's language says why it is not in theirs.
 */
public final class ContentLanguage {

    private ContentLanguage() {
    }

    /** Gives the component a {@code lang} attribute when its text is in another language than the page's. */
    public static <C extends Component> C mark(C component, Locale written, Locale reader) {
        if (!written.getLanguage().equals(reader.getLanguage())) {
            component.getElement().setAttribute("lang", written.toLanguageTag());
        }
        return component;
    }

    /** "Not yet written in your language, so it is shown in Welsh", in the reader's language. */
    public static Paragraph note(Component owner, Locale written, Locale reader) {
        var note = new Paragraph(owner.getTranslation(reader, "content.shown-in", written.getDisplayLanguage(reader)));
        note.addClassName("note");
        note.getElement().setAttribute("lang", reader.toLanguageTag());
        return note;
    }
}
