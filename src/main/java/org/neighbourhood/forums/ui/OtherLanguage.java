package org.neighbourhood.forums.ui;

import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

import org.neighbourhood.base.Localised;

/**
 * Text written in another language than the page's: marked with a {@code lang} attribute, so that screen readers
 * and translation tools read it right, and explained by a short note in the reader's language.
 */
final class OtherLanguage {

    /** Stands in for an argument while a message is formatted, so that it can be put in an element of its own. */
    private static final Pattern MARK = Pattern.compile("\uE000(\\d+)\uE001");

    private OtherLanguage() {
    }

    /** Marks what shows text in {@code language} when the page is in another. */
    static <C extends HasElement> C mark(C component, Locale language, Locale page) {
        if (!language.getLanguage().equals(page.getLanguage())) {
            component.getElement().setAttribute("lang", language.getLanguage());
        }
        return component;
    }

    /** "This is not yet written in your language, so it is shown in English." */
    static Paragraph note(Locale language, Locale reader) {
        var note = new Paragraph(I18NProvider.translate(reader, "content.shown-in",
                language.getDisplayLanguage(reader)));
        note.addClassName("note");
        return note;
    }

    /**
     * A translated sentence with texts of the content in it, such as "Meets: every two months": each text in an
     * element of its own, marked when it is in another language than the page.
     */
    @SafeVarargs
    static Paragraph sentence(Locale page, String key, Localised<String>... texts) {
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
