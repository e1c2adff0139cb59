package org.neighbourhood.security;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment has no demo sign-ins: its first administrator comes from FIRST_ADMIN_USERNAME and
 * FIRST_ADMIN_PASSWORD, and only while there is no account at all.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
            @Value("${neighbourhood.first-admin.username:}") String username,
            @Value("${neighbourhood.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (username.isEmpty() || accounts.count() > 0) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("FIRST_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        var now = clock.instant();
        var account = new UserAccount(username, username, encoder.encode(password), now);
        account.update(username, null, Set.of(Role.ADMIN), Set.of(), true, now);
        accounts.save(account);
        log.info("Created the first administrator, {}", username);
    }
}
