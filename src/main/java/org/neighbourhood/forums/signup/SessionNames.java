package org.neighbourhood.forums.signup;

import java.util.Locale;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.series.SessionText;
import org.springframework.stereotype.Component;

/**
 * A session's series name and title as the person who signed up reads them: in their language where someone has
 * written it, otherwise in the first language there is, with which one it is.
 */
@Component
class SessionNames {

    private final ContentLanguages languages;

    SessionNames(ContentLanguages languages) {
        this.languages = languages;
    }

    Localised<String> seriesName(SessionFacts session, Locale reader) {
        return languages.pick(session.series().texts(), reader, SeriesText::isWritten)
                .map(text -> new Localised<>(String.valueOf(text.text().name()), text.language(),
                        text.inRequestedLanguage()))
                .orElseGet(() -> new Localised<>("", languages.first(), false));
    }

    Localised<String> sessionTitle(SessionFacts session, Locale reader) {
        return languages.pick(session.content().texts(), reader, SessionText::isWritten)
                .map(text -> new Localised<>(String.valueOf(text.text().title()), text.language(),
                        text.inRequestedLanguage()))
                .orElseGet(() -> new Localised<>("", languages.first(), false));
    }
}
