package org.neighbourhood.officers.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.neighbourhood.officers.OfficerDetails;
import org.neighbourhood.officers.OfficerText;

/**
 * What the officer editor's fields hold while someone types, kept even when a save fails. The roles and stories
 * are by language tag; one in a language no longer offered is kept as it was, since no field shows it.
 */
final class OfficerForm {

    private String teamName = "";
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, String> bios = new HashMap<>();
    private Set<String> languages = new LinkedHashSet<>();

    static OfficerForm of(OfficerDetails details) {
        var form = new OfficerForm();
        form.teamName = details.teamName();
        details.texts().forEach((language, text) -> {
            form.roles.put(language, text.role() == null ? "" : text.role());
            form.bios.put(language, text.bio() == null ? "" : text.bio());
        });
        form.languages = new LinkedHashSet<>(details.languages());
        return form;
    }

    OfficerDetails details() {
        var written = new HashSet<String>(roles.keySet());
        written.addAll(bios.keySet());
        var texts = new HashMap<String, OfficerText>();
        written.forEach(language -> texts.put(language,
                new OfficerText(getRole(language).strip(), getBio(language).strip())));
        return new OfficerDetails(teamName.strip(), texts, languages.stream().sorted().toList());
    }

    String getRole(String language) {
        return roles.getOrDefault(language, "");
    }

    void setRole(String language, String role) {
        roles.put(language, role);
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
