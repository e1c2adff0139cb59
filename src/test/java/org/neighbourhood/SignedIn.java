package org.neighbourhood;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Signs a demo account in for a service test, through the application context's own holder. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(SecurityContextHolderStrategy holder, String username, String... roles) {
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        holder.setContext(context);
    }
}
