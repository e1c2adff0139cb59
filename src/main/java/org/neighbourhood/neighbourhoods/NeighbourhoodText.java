package org.neighbourhood.neighbourhoods;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A neighbourhood's public description in one language: a sentence or two on the place. Optional in every one. */
@Embeddable
public record NeighbourhoodText(@Size(max = Neighbourhood.SUMMARY_MAX) @Nullable String summary) {

    /** Whether there is a description to show; a blank one is as good as none. */
    public boolean written() {
        return summary != null && !summary.isBlank();
    }

    /** The texts that say something, by language in alphabetical order, so that equal details compare equal. */
    static Map<String, NeighbourhoodText> written(Map<String, ? extends @Nullable NeighbourhoodText> texts) {
        var written = new TreeMap<String, NeighbourhoodText>();
        texts.forEach((language, text) -> {
            if (text != null && text.written()) {
                written.put(language, text);
            }
        });
        return Collections.unmodifiableMap(written);
    }
}
