package org.neighbourhood.forums.series;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a session says in one language. Whether a translation says enough to be shown is {@link #isWritten()}; the
 * first configured language must be written.
 */
@Embeddable
public record SessionText(
        @Size(max = TITLE_MAX) @Nullable String title,
        @Size(max = DESCRIPTION_MAX) @Nullable String description) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final SessionText EMPTY = new SessionText(null, null);

    /** A title: enough for a listing and a page. */
    public boolean isWritten() {
        return Texts.present(title);
    }

    /** Each field stripped, an empty one as null. */
    SessionText normalised() {
        return new SessionText(Texts.clean(title), Texts.clean(description));
    }

    boolean isEmpty() {
        return equals(EMPTY);
    }
}
