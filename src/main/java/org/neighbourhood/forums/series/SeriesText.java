package org.neighbourhood.forums.series;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a series says in one language. Every field may be empty in the database: whether a translation says
 * enough to be shown is {@link #isWritten()}, and the first configured language must be written.
 */
@Embeddable
public record SeriesText(
        @Size(max = NAME_MAX) @Nullable String name,
        @Size(max = SUMMARY_MAX) @Nullable String summary,
        @Size(max = DESCRIPTION_MAX) @Nullable String description,
        @Size(max = CADENCE_MAX) @Nullable String cadence) {

    public static final int NAME_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CADENCE_MAX = 200;
    public static final SeriesText EMPTY = new SeriesText(null, null, null, null);

    /** A name and a summary: enough for a listing and a page. */
    public boolean isWritten() {
        return Texts.present(name) && Texts.present(summary);
    }

    /** Each field stripped, an empty one as null. */
    SeriesText normalised() {
        return new SeriesText(Texts.clean(name), Texts.clean(summary), Texts.clean(description), Texts.clean(cadence));
    }

    boolean isEmpty() {
        return equals(EMPTY);
    }
}
