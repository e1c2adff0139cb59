package org.neighbourhood.officers.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.officers.OfficerDetails;

/** What the officer editor's fields hold while someone types, kept even when a save fails. */
final class OfficerForm {

    private String role = "";
    private String teamName = "";
    private String bio = "";
    private String bioPl = "";
    private Set<String> languages = new LinkedHashSet<>();

    static OfficerForm of(OfficerDetails details) {
        var form = new OfficerForm();
        form.role = details.role();
        form.teamName = details.teamName();
        form.bio = orEmpty(details.bio());
        form.bioPl = orEmpty(details.bioPl());
        form.languages = new LinkedHashSet<>(details.languages());
        return form;
    }

    OfficerDetails details() {
        return new OfficerDetails(role.strip(), teamName.strip(), blankToNull(bio), blankToNull(bioPl),
                languages.stream().sorted().toList());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    String getRole() {
        return role;
    }

    void setRole(String role) {
        this.role = role;
    }

    String getTeamName() {
        return teamName;
    }

    void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    String getBio() {
        return bio;
    }

    void setBio(String bio) {
        this.bio = bio;
    }

    String getBioPl() {
        return bioPl;
    }

    void setBioPl(String bioPl) {
        this.bioPl = bioPl;
    }

    Set<String> getLanguages() {
        return languages;
    }

    void setLanguages(Set<String> languages) {
        this.languages = new LinkedHashSet<>(languages);
    }
}
