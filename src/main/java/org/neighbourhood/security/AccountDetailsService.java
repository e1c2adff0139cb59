package org.neighbourhood.security;

import java.util.stream.Stream;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an account for the password check; a disabled account cannot sign in. An account linked to an officer
 * also holds {@link Permissions#LINKED_OFFICER_ROLE}, which is what lets an officer with no other role in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(account -> User.withUsername(account.getUsername())
                        .password(account.getPasswordHash())
                        .disabled(!account.isEnabled())
                        .authorities(authorities(account))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Transactional(readOnly = true)
    boolean usesTwoStep(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip()).map(UserAccount::usesTwoStep).orElse(false);
    }

    private static String[] authorities(UserAccount account) {
        var roles = account.getRoles().stream().map(Role::authority);
        return (account.getOfficerId() == null ? roles
                : Stream.concat(roles, Stream.of("ROLE_" + Permissions.LINKED_OFFICER_ROLE))).toArray(String[]::new);
    }
}
