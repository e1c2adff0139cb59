package org.neighbourhood.officers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the back office may change on an officer's profile: the role and team as the public reads them, the
 * "why I do this job" text in each language it is written in (by language tag such as {@code en}; blank ones are
 * left out), and the ISO 639 codes of the languages spoken.
 */
public record OfficerDetails(
        @NotBlank @Size(max = Officer.ROLE_MAX) String role,
        @NotBlank @Size(max = Officer.TEAM_MAX) String teamName,
        @NotNull Map<@Pattern(regexp = "[a-z]{2,3}") String, @Valid OfficerText> texts,
        @NotNull List<@Pattern(regexp = "[a-z]{2,3}") String> languages) {

    public OfficerDetails {
        texts = OfficerText.written(texts);
        languages = List.copyOf(languages);
    }

    /** The story in one language, or null where it is not written. */
    public @Nullable String bio(String language) {
        var text = texts.get(language);
        return text == null ? null : text.bio();
    }

    /** The same details with the story in one language replaced; a blank or null one removes that language. */
    public OfficerDetails withBio(String language, @Nullable String bio) {
        var changed = new HashMap<>(texts);
        changed.put(language, new OfficerText(bio));
        return new OfficerDetails(role, teamName, changed, languages);
    }
}
