package org.neighbourhood.base.search;

import java.util.Locale;

/**
 * The analyzers' names, in one place: the analysis configurer defines them, the binder assigns them, and a switch
 * to another backend defines the same names there.
 */
public final class SearchAnalyzers {

    /** English words: possessives dropped, folded, stemmed ("thefts" finds "theft"). */
    public static final String ENGLISH = "english";
    /** Polish words: folded case, stemmed by Lucene's Stempel ("rowerem" finds "rowerów"). */
    public static final String POLISH = "polish";
    /** Any other language, Welsh among them: words lower-cased and accents folded ("ŵyl" finds "wyl"). */
    public static final String FOLDED = "folded";
    /** Titles cut into the starts of their words, so that "riversi" finds Riverside as the visitor types. */
    public static final String WORD_STARTS = "word_starts";
    /** What the visitor types, against {@link #WORD_STARTS}: lower-cased and folded, never cut. */
    public static final String WORD_STARTS_QUERY = "word_starts_query";

    private SearchAnalyzers() {
    }

    /** The analyzer for text in that content language. */
    public static String forLanguage(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "en" -> ENGLISH;
            case "pl" -> POLISH;
            default -> FOLDED;
        };
    }
}
