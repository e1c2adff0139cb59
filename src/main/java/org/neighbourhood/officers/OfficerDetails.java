package org.neighbourhood.officers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the back office may change on an officer's profile: the team as the public reads it, the role and the "why I
 * do this job" text in each language they are written in (by language tag such as {@code en}; blank ones are left
 * out; the role is required in the first configured language), and the ISO 639 codes of the languages spoken.
 */
public record OfficerDetails(
        @NotBlank @Size(max = Officer.TEAM_MAX) String teamName,
        @NotNull Map<@Pattern(regexp = "[a-z]{2,3}") String, @Valid OfficerText> texts,
        @NotNull List<@Pattern(regexp = "[a-z]{2,3}") String> languages) {

    public OfficerDetails {
        texts = OfficerText.written(texts);
        languages = List.copyOf(languages);
    }

    /** The role in one language, or null where it is not written. */
    public @Nullable String role(String language) {
        var text = texts.get(language);
        return text == null || !text.hasRole() ? null : text.role();
    }

    /** The story in one language, or null where it is not written. */
    public @Nullable String bio(String language) {
        var text = texts.get(language);
        return text == null || !text.hasBio() ? null : text.bio();
    }

    /** The role in every language it is written in, by language tag. */
    public Map<String, String> roles() {
        var roles = new TreeMap<String, String>();
        texts.forEach((language, text) -> {
            if (text.hasRole()) {
                roles.put(language, text.role());
            }
        });
        return roles;
    }

    /** The same details with the role in one language replaced; a blank or null one removes it. */
    public OfficerDetails withRole(String language, @Nullable String role) {
        var changed = new HashMap<>(texts);
        changed.put(language, new OfficerText(role, bio(language)));
        return new OfficerDetails(teamName, changed, languages);
    }

    /** The same details with the story in one language replaced; a blank or null one removes it. */
    public OfficerDetails withBio(String language, @Nullable String bio) {
        var changed = new HashMap<>(texts);
        changed.put(language, new OfficerText(role(language), bio));
        return new OfficerDetails(teamName, changed, languages);
    }
}
