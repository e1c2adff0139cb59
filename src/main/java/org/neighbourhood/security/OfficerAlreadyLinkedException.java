package org.neighbourhood.security;

/** An officer has one account: this one is already linked to another, named here for the administrator. */
public class OfficerAlreadyLinkedException extends IllegalArgumentException {

    private final String username;

    OfficerAlreadyLinkedException(String username) {
        super("That officer is already linked to the account " + username);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
