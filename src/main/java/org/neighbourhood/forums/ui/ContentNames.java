package org.neighbourhood.forums.ui;

import java.util.Locale;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionText;

/** What the back office calls a series or session: its name in the reader's language, or the first written. */
final class ContentNames {

    private ContentNames() {
    }

    static String name(ContentLanguages languages, SeriesContent content, Locale reader) {
        return languages.pick(content.texts(), reader, SeriesText::isWritten).map(text -> text.text().name())
                .orElse("");
    }

    static String title(ContentLanguages languages, SessionContent content, Locale reader) {
        return languages.pick(content.texts(), reader, SessionText::isWritten).map(text -> text.text().title())
                .orElse("");
    }
}
