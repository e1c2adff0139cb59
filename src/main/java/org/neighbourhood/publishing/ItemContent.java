package org.neighbourhood.publishing;

import java.util.Map;

/** What an editor writes for an item: its texts keyed by language code, beside fields that have no language. */
public interface ItemContent<T extends ItemText> {

    Map<String, T> texts();
}
