package org.neighbourhood.security;

/** What a back-office account may do. */
public enum Role {
    /** Force-wide: users, neighbourhoods, every team's content. */
    ADMIN,
    /** A neighbourhood team member: only the content of the neighbourhoods assigned to them. */
    EDITOR,
    /** Chairs forums: only the forum series they chair. */
    FACILITATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
