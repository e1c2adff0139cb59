package org.neighbourhood.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.EmailAddresses;
import org.neighbourhood.base.Refusal;
import org.springframework.beans.factory.annotation.Value;
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
    private final PasswordPolicy policy;
    private final AccountPolicyRepository accountPolicy;
    private final boolean demoAccounts;
    private final SecureRandom random = new SecureRandom();

    UserService(UserAccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock,
            LinkableOfficers officers, PasswordPolicy policy, AccountPolicyRepository accountPolicy,
            @Value("${neighbourhood.demo-accounts:false}") boolean demoAccounts) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.officers = officers;
        this.policy = policy;
        this.accountPolicy = accountPolicy;
        this.demoAccounts = demoAccounts;
    }

    /**
     * An account; {@code officerId} is the officer whose own profile it may edit, if any; {@code mustChangePassword}
     * while it still has a one-time password from an administrator.
     */
    public record UserSummary(long id, long version, String username, String displayName, @Nullable String email,
            Set<Role> roles, Set<Long> neighbourhoodIds, @Nullable Long officerId, boolean enabled,
            boolean mustChangePassword, boolean usesTwoStep) {
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
     * person; it is never shown again, and its owner must change it at the first sign-in. A password given
     * must meet the {@link PasswordPolicy}, or a {@link PasswordRefusedException} says why not.
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
            throw Refusal.about("username", "refusal.username.invalid", UserAccount.USERNAME_MAX);
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw Refusal.about("username", "refusal.username.taken", name);
        }
        requireEmail(email);
        requireLinkable(officerId, null);
        if (password != null) {
            policy.check(password);
        }
        return save(name, displayName, email, roles, neighbourhoodIds, officerId, password);
    }

    /**
     * Adds one of the demo sign-ins with its well-known password "demo", which no policy would pass: only
     * where the demo sign-ins are switched on ({@code neighbourhood.demo-accounts}), and never forced to change.
     */
    @Transactional
    public CreatedUser createDemoAccount(String username, String displayName, Set<Role> roles,
            Set<Long> neighbourhoodIds, @Nullable Long officerId) {
        if (!demoAccounts) {
            throw new IllegalStateException("The demo sign-ins are switched off");
        }
        requireLinkable(officerId, null);
        return save(username.strip(), displayName, null, roles, neighbourhoodIds, officerId, "demo");
    }

    private CreatedUser save(String name, String displayName, @Nullable String email, Set<Role> roles,
            Set<Long> neighbourhoodIds, @Nullable Long officerId, @Nullable String password) {
        var secret = password == null ? randomPassword() : password;
        var now = clock.instant();
        var account = new UserAccount(name, displayName.strip(), encoder.encode(secret), now);
        account.update(displayName.strip(), email, roles, neighbourhoodIds, true, now);
        account.linkOfficer(officerId, now);
        account.changePassword(account.getPasswordHash(), password == null, now);
        accounts.save(account);
        audit.record("user.created", "account", name, describe(summary(account)));
        return new CreatedUser(summary(account), password == null ? secret : "");
    }

    /**
     * Gives an account a new random password, returned once to pass on to its owner, who must change it at
     * the next sign-in; for someone who forgot theirs and has no email address on the account.
     */
    @Transactional
    public String resetPassword(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No such account"));
        var secret = randomPassword();
        account.changePassword(encoder.encode(secret), true, clock.instant());
        audit.record("user.password-reset", "account", account.getUsername(), "one-time password issued");
        return secret;
    }

    /** Turns two-step sign-in off for an account whose owner lost their phone and recovery codes. */
    @Transactional
    public void turnOffTwoStep(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No such account"));
        account.turnOffTwoStep(clock.instant());
        audit.record("user.two-step-off", "account", account.getUsername(), "by an administrator");
    }

    /** Whether every administrator must sign in with two steps. */
    @Transactional(readOnly = true)
    public boolean adminsNeedTwoStep() {
        return accountPolicy.findById(AccountPolicy.ID).map(AccountPolicy::adminsNeedTwoStep).orElse(false);
    }

    /**
     * Requires two-step sign-in of every administrator, or stops requiring it. An administrator without it is
     * sent to set it up before anything else.
     */
    @Transactional
    public void requireTwoStepForAdmins(boolean required) {
        var policy = accountPolicy.findById(AccountPolicy.ID)
                .orElseThrow(() -> new IllegalStateException("The account policy row is missing"));
        policy.requireTwoStepForAdmins(required, clock.instant());
        audit.record(required ? "accounts.two-step-required" : "accounts.two-step-optional", "account-policy",
                String.valueOf(AccountPolicy.ID), "administrators need two-step sign-in: " + required);
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
        requireEmail(email);
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

    private static void requireEmail(@Nullable String email) {
        if (email != null && !EmailAddresses.isValid(email)) {
            throw Refusal.about("email", "refusal.email.invalid");
        }
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
                Set.copyOf(account.getNeighbourhoodIds()), account.getOfficerId(), account.isEnabled(),
                account.mustChangePassword(), account.usesTwoStep());
    }
}
