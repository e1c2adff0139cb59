package org.neighbourhood.officers;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the back office may change on an officer's profile: the role and team as the public reads them, the
 * "why I do this job" text in English and, where written, in Polish, and the ISO 639 codes of the languages spoken.
 */
public record OfficerDetails(
        @NotBlank @Size(max = Officer.ROLE_MAX) String role,
        @NotBlank @Size(max = Officer.TEAM_MAX) String teamName,
        @Size(max = Officer.BIO_MAX) @Nullable String bio,
        @Size(max = Officer.BIO_MAX) @Nullable String bioPl,
        @NotNull List<@Pattern(regexp = "[a-z]{2,3}") String> languages) {

    public OfficerDetails {
        languages = List.copyOf(languages);
    }
}
