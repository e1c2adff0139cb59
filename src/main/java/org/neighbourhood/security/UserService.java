package org.neighbourhood.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-office accounts: only administrators list, add or change them. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class UserService {

    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final LinkableOfficers officers;
    private final SecureRandom random = new SecureRandom();

    UserService(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
            LinkableOfficers officers) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.officers = officers;
    }

    /** An account; {@code officerId} is the officer whose own profile it may edit, if any. */
    public record UserSummary(long id, long version, String username, String displayName, @Nullable String email,
            Set<Role> roles, Set<Long> neighbourhoodIds, @Nullable Long officerId, boolean enabled) {
    }

    /** A new account and the one-time password to hand to its owner; only its hash is stored. */
    public record CreatedUser(UserSummary user, String temporaryPassword) {
    }

    @Transactional(readOnly = true)
    public List<UserSummary> findAll() {
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(UserService::summary).toList();
    }

    /**
     * Adds an account. With no password given, a random one is made and returned once, to pass on to the
     * person; it is never shown again.
     */
    @Transactional
    public CreatedUser create(String username, String displayName, @Nullable String email, Set<Role> roles,
            Set<Long> neighbourhoodIds, @Nullable String password) {
        return create(username, displayName, email, roles, neighbourhoodIds, null, password);
    }

    /** Adds an account linked to an officer, who may then edit their own profile with it. */
    @Transactional
    public CreatedUser create(String username, String displayName, @Nullable String email, Set<Role> roles,
            Set<Long> neighbourhoodIds, @Nullable Long officerId, @Nullable String password) {
        var name = username.strip();
        if (!name.matches("[A-Za-z0-9._-]{3," + UserAccount.USERNAME_MAX + "}")) {
            throw new IllegalArgumentException("A username is 3 to 80 letters, digits, dots, hyphens or underscores");
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IllegalArgumentException("The username " + name + " is taken");
        }
        requireLinkable(officerId, null);
        var secret = password == null ? randomPassword() : password;
        var now = clock.instant();
        var account = new UserAccount(name, displayName.strip(), encoder.encode(secret), now);
        account.update(displayName.strip(), email, roles, neighbourhoodIds, true, now);
        account.linkOfficer(officerId, now);
        accounts.save(account);
        audit.record("user.created", "account", name, describe(summary(account)));
        return new CreatedUser(summary(account), password == null ? secret : "");
    }

    /**
     * Changes roles, neighbourhoods, the linked officer (null unlinks) and whether the account may sign in;
     * refuses a stale version.
     */
    @Transactional
    public UserSummary update(long id, long expectedVersion, String displayName, @Nullable String email,
            Set<Role> roles, Set<Long> neighbourhoodIds, @Nullable Long officerId, boolean enabled) {
        var account = accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        requireLinkable(officerId, account);
        var before = summary(account);
        var now = clock.instant();
        account.update(displayName.strip(), email, roles, neighbourhoodIds, enabled, now);
        account.linkOfficer(officerId, now);
        accounts.saveAndFlush(account);
        var after = summary(account);
        audit.record(enabled ? "user.changed" : "user.disabled", "account", account.getUsername(),
                "before " + describe(before) + "; after " + describe(after));
        return after;
    }

    /** The officers an account may be linked to, by name. */
    @Transactional(readOnly = true)
    public List<LinkableOfficers.LinkableOfficer> linkableOfficers() {
        return officers.linkableOfficers();
    }

    /** One account per officer, and only an officer that exists. */
    private void requireLinkable(@Nullable Long officerId, @Nullable UserAccount account) {
        if (officerId == null) {
            return;
        }
        if (officers.linkableOfficers().stream().noneMatch(officer -> officer.id() == officerId)) {
            throw new IllegalArgumentException("No such officer");
        }
        accounts.findByOfficerId(officerId).filter(other -> !other.equals(account)).ifPresent(other -> {
            throw new OfficerAlreadyLinkedException(other.getUsername());
        });
    }

    private String describe(UserSummary user) {
        return "roles " + user.roles() + ", neighbourhoods " + user.neighbourhoodIds() + ", officer "
                + officerName(user.officerId()) + ", enabled " + user.enabled();
    }

    private String officerName(@Nullable Long officerId) {
        return officerId == null ? "none" : officers.linkableOfficers().stream()
                .filter(officer -> officer.id() == officerId)
                .map(officer -> officer.name() + " (" + officerId + ")")
                .findFirst().orElse(String.valueOf(officerId));
    }

    private String randomPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static UserSummary summary(UserAccount account) {
        return new UserSummary(Objects.requireNonNull(account.getId()), account.getVersion(), account.getUsername(),
                account.getDisplayName(), account.getEmail(), Set.copyOf(account.getRoles()),
                Set.copyOf(account.getNeighbourhoodIds()), account.getOfficerId(), account.isEnabled());
    }
}
