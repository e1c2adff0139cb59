package org.neighbourhood.publishing;

import java.time.Instant;
import java.util.Locale;

/** A published item as the public sees it, in the language it is shown in. */
public interface PublicItem {

    /** Its address under its content type's listing. */
    String slug();

    long neighbourhoodId();

    String title();

    /** The language it is shown in: the one asked for if written in it, else the first content language. */
    Locale language();

    /** False when it is shown in another language than the one asked for, which the page then says. */
    boolean inRequestedLanguage();

    Instant updatedAt();
}
