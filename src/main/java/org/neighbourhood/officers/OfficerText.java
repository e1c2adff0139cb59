package org.neighbourhood.officers;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An officer's profile in one language: the role the public reads, such as "Neighbourhood Officer", and why they do
 * the job, in their own words. The role is required in the first configured language only; either may be missing
 * from a translation.
 */
@Embeddable
public record OfficerText(
        @Column(name = "role_title") @Size(max = Officer.ROLE_MAX) @Nullable String role,
        @Size(max = Officer.BIO_MAX) @Nullable String bio) {

    /** A blank field is no field, so that a language with only a role compares equal however it was typed. */
    public OfficerText {
        role = role == null || role.isBlank() ? null : role;
        bio = bio == null || bio.isBlank() ? null : bio;
    }

    /** Whether this language says anything at all; a blank text is as good as none. */
    public boolean written() {
        return hasRole() || hasBio();
    }

    public boolean hasRole() {
        return role != null && !role.isBlank();
    }

    public boolean hasBio() {
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
