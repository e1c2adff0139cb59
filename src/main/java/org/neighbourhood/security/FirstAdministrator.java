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
 * FIRST_ADMIN_PASSWORD, and only while there is no account at all. That password must meet the
 * {@link PasswordPolicy}; the administrator chose it, so it need not be changed at the first sign-in.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
            @Value("${neighbourhood.first-admin.username:}") String username,
            @Value("${neighbourhood.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
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
        try {
            policy.check(password);
        } catch (PasswordRefusedException refused) {
            throw new IllegalStateException("FIRST_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters and not be a common password (" + refused.messageKey() + ")", refused);
        }
        var now = clock.instant();
        var account = new UserAccount(username, username, encoder.encode(password), now);
        account.update(username, null, Set.of(Role.ADMIN), Set.of(), true, now);
        accounts.save(account);
        log.info("Created the first administrator, {}", username);
    }
}
