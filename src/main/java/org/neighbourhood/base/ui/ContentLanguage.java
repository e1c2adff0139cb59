package org.neighbourhood.base.ui;

import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

import org.neighbourhood.base.Localised;

/**
 * How a page shows content written in another language than its own: what holds it says its language (so that
 * screen readers and translation tools read it right), and a short note in the reader's language says why it is
 * not in theirs.
 */
public final class ContentLanguage {

    /** Stands in for an argument while a message is formatted, so that it can be put in an element of its own. */
    private static final Pattern MARK = Pattern.compile("\uE000(\\d+)\uE001");

    private ContentLanguage() {
    }

    /** Gives what shows text written in {@code written} a {@code lang} attribute when the page is in another. */
    public static <C extends HasElement> C mark(C component, Locale written, Locale page) {
        if (!written.getLanguage().equals(page.getLanguage())) {
            component.getElement().setAttribute("lang", written.toLanguageTag());
        }
        return component;
    }

    /** "This is not yet written in your language, so it is shown in Welsh", in the reader's language. */
    public static Paragraph note(Locale written, Locale reader) {
        var note = new Paragraph(I18NProvider.translate(reader, "content.shown-in",
                written.getDisplayLanguage(reader)));
        note.addClassName("note");
        note.getElement().setAttribute("lang", reader.toLanguageTag());
        return note;
    }

    /**
     * A translated sentence with texts of the content in it, such as "Meets: every two months": each text in an
     * element of its own, marked when it is in another language than the page.
     */
    @SafeVarargs
    public static Paragraph sentence(Locale page, String key, Localised<String>... texts) {
        var marks = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            marks[i] = "\uE000" + i + "\uE001";
        }
        var formatted = I18NProvider.translate(page, key, marks);
        var paragraph = new Paragraph();
        var matcher = MARK.matcher(formatted);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                paragraph.add(formatted.substring(from, matcher.start()));
            }
            var text = texts[Integer.parseInt(matcher.group(1))];
            paragraph.add(mark(new Span(text.text()), text.language(), page));
            from = matcher.end();
        }
        if (from < formatted.length()) {
            paragraph.add(formatted.substring(from));
        }
        return paragraph;
    }
}
