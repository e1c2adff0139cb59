package org.neighbourhood.officers;

/** Ranks of the people in a neighbourhood team, most senior first; the UI names each in every language. */
public enum Rank {
    CHIEF_INSPECTOR("Ch Insp"),
    INSPECTOR("Insp"),
    SERGEANT("Sgt"),
    CONSTABLE("PC"),
    PCSO("PCSO"),
    SPECIAL_CONSTABLE("SC"),
    STAFF("");

    private final String abbreviation;

    Rank(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The abbreviation used before a name, as in "PC Jo Bloggs"; empty for police staff. */
    public String abbreviation() {
        return abbreviation;
    }
}
