package org.neighbourhood.base.search;

/** The index's field names, which the binder writes and the queries read. */
public final class SearchFields {

    public static final String TYPE = "type";
    public static final String ITEM_ID = "item_id";
    public static final String SLUG = "slug";
    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String PUBLIC_FROM = "public_from";
    public static final String DATE = "date";
    public static final String WORD_STARTS = "word_starts";

    /**
     * The version of the document shape: a change to the fields or analyzers raises it, and an index written with
     * another version is rebuilt on start.
     */
    public static final int MAPPING_VERSION = 2;

    private SearchFields() {
    }

    public static String title(String language) {
        return "title_" + language;
    }

    public static String body(String language) {
        return "body_" + language;
    }
}
