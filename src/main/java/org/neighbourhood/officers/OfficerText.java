package org.neighbourhood.officers;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An officer's profile in one language: why they do the job, in their own words. */
@Embeddable
public record OfficerText(@Size(max = Officer.BIO_MAX) @Nullable String bio) {

    /** Whether there is a story to show; a blank one is as good as none. */
    public boolean written() {
        return bio != null && !bio.isBlank();
    }

    /** The texts that say something, by language in alphabetical order, so that equal profiles compare equal. */
    static Map<String, OfficerText> written(Map<String, ? extends @Nullable OfficerText> texts) {
        var written = new TreeMap<String, OfficerText>();
        texts.forEach((language, text) -> {
            if (text != null && text.written()) {
                written.put(language, text);
            }
        });
        return Collections.unmodifiableMap(written);
    }
}
