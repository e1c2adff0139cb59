package org.neighbourhood.security;

import org.springframework.security.core.AuthenticationException;

/** Too many sign-in attempts for the account or from the address; the password was not even checked. */
public class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many sign-in attempts");
    }
}
