package org.neighbourhood.base.search;

/** The index's field names, which the binder writes and the queries read. */
public final class SearchFields {

    public static final String TYPE = "type";
    public static final String ITEM_ID = "item_id";
    public static final String SLUG = "slug";
    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String PUBLIC_FROM = "public_from";
    /**
     * {@link #NEVER_PUBLIC} for an entry the public may not see at any time (a draft, an unpublished item): few
     * entries carry it, so leaving them out costs a search almost nothing.
     */
    public static final String HIDDEN = "hidden";
    public static final String NEVER_PUBLIC = "never";
    public static final String DATE = "date";
    public static final String WORD_STARTS = "word_starts";
    /** Which of {@link #SAMPLES} parts of the index a document falls in, spread evenly by its kind and id. */
    public static final String SAMPLE = "sample";
    public static final int SAMPLES = 64;

    /**
     * The version of the document shape: a change to the fields or analyzers raises it, and an index written with
     * another version is rebuilt on start.
     */
    public static final int MAPPING_VERSION = 5;

    private SearchFields() {
    }

    /** The part of the index a document of this kind and id falls in, the same on every run. */
    public static String sample(String type, long id) {
        long mixed = (id ^ type.hashCode()) * 0x9E3779B97F4A7C15L;
        return Integer.toString((int) Math.floorMod(mixed >>> 32, SAMPLES));
    }

    public static String title(String language) {
        return "title_" + language;
    }

    public static String body(String language) {
        return "body_" + language;
    }
}
