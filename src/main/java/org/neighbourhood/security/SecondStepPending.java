package org.neighbourhood.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Someone who gave the right password for an account with two-step sign-in and has yet to give a code. It is
 * deliberately not authenticated: no view, service or role check treats it as signed in, so the only thing it
 * opens is the code step ({@link TwoStepSignIn}).
 */
public final class SecondStepPending extends AbstractAuthenticationToken {

    private final String username;

    SecondStepPending(String username, Object details) {
        super(List.of());
        this.username = username;
        setDetails(details);
        super.setAuthenticated(false);
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Only a right code completes a two-step sign-in");
        }
        super.setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
