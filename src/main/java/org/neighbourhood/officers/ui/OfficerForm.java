package org.neighbourhood.officers.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.neighbourhood.officers.OfficerDetails;
import org.neighbourhood.officers.OfficerText;

/**
 * What the officer editor's fields hold while someone types, kept even when a save fails. The stories are by
 * language tag; one in a language no longer offered is kept as it was, since no field shows it.
 */
final class OfficerForm {

    private String role = "";
    private String teamName = "";
    private final Map<String, String> bios = new HashMap<>();
    private Set<String> languages = new LinkedHashSet<>();

    static OfficerForm of(OfficerDetails details) {
        var form = new OfficerForm();
        form.role = details.role();
        form.teamName = details.teamName();
        details.texts().forEach((language, text) -> form.bios.put(language, text.bio() == null ? "" : text.bio()));
        form.languages = new LinkedHashSet<>(details.languages());
        return form;
    }

    OfficerDetails details() {
        var texts = new HashMap<String, OfficerText>();
        bios.forEach((language, bio) -> texts.put(language, new OfficerText(bio.strip())));
        return new OfficerDetails(role.strip(), teamName.strip(), texts, languages.stream().sorted().toList());
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

    String getBio(String language) {
        return bios.getOrDefault(language, "");
    }

    void setBio(String language, String bio) {
        bios.put(language, bio);
    }

    Set<String> getLanguages() {
        return languages;
    }

    void setLanguages(Set<String> languages) {
        this.languages = new LinkedHashSet<>(languages);
    }
}
