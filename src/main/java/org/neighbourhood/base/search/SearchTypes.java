package org.neighbourhood.base.search;

import java.util.List;

/** The kinds of content the public can find, as the index names them; the order is the order of the filters. */
public final class SearchTypes {

    public static final String NEIGHBOURHOOD = "neighbourhood";
    public static final String OFFICER = "officer";
    public static final String PRIORITY = "priority";
    public static final String EVENT = "event";
    public static final String UPDATE = "update";
    public static final String FORUM = "forum";

    public static final List<String> ALL = List.of(NEIGHBOURHOOD, OFFICER, PRIORITY, EVENT, UPDATE, FORUM);

    private SearchTypes() {
    }
}
