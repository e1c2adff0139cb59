package org.neighbourhood.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.neighbourhood.base.Brand;
import org.neighbourhood.base.LinkTokens;
import org.neighbourhood.base.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with their own account: change their password, turn two-step sign-in on or off, and get a
 * new password by email when they forgot theirs. Self-service acts only on the signed-in account — there is
 * no account id to pass — and every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** The shortest password the {@link PasswordPolicy} accepts, for forms to say so beforehand. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final UserAccountRepository accounts;
    private final PasswordResetLinkRepository resetLinks;
    private final AccountPolicyRepository accountPolicy;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final TwoStepCodes codes;
    private final SignInLimiter limiter;
    private final AccountMail mail;
    private final PublicAddress address;
    private final Brand brand;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final Duration resetValidity;

    AccountService(UserAccountRepository accounts, PasswordResetLinkRepository resetLinks,
            AccountPolicyRepository accountPolicy, PasswordEncoder encoder, PasswordPolicy policy, TwoStepCodes codes,
            SignInLimiter limiter, AccountMail mail, PublicAddress address, Brand brand, AuditLog audit,
            SecurityContextHolderStrategy securityContext, Clock clock,
            @Value("${neighbourhood.password-reset.valid-for:1h}") Duration resetValidity) {
        this.accounts = accounts;
        this.resetLinks = resetLinks;
        this.accountPolicy = accountPolicy;
        this.encoder = encoder;
        this.policy = policy;
        this.codes = codes;
        this.limiter = limiter;
        this.mail = mail;
        this.address = address;
        this.brand = brand;
        this.audit = audit;
        this.securityContext = securityContext;
        this.clock = clock;
        this.resetValidity = resetValidity;
    }

    /**
     * The signed-in account as its own page shows it.
     *
     * @param mustChangePassword its password was handed out by an administrator and must be changed first
     * @param mustSetUpTwoStep it is an administrator's, two-step is required of administrators and is off
     */
    public record OwnAccount(String username, String displayName, boolean mustChangePassword, boolean usesTwoStep,
            boolean mustSetUpTwoStep, int recoveryCodesLeft) {

        /** Whether the account must be put right before anything else in the back office opens. */
        public boolean blocked() {
            return mustChangePassword || mustSetUpTwoStep;
        }
    }

    /**
     * A two-step secret not yet confirmed: shown to its owner, kept by no one until a code confirms it.
     *
     * @param qrCodeDataUri the {@code otpauthUri} as a QR code, a PNG in a {@code data:} address
     */
    public record TwoStepSetup(String secret, String otpauthUri, String qrCodeDataUri) {
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OwnAccount ownAccount() {
        var account = signedIn();
        var twoStepRequired = account.getRoles().contains(Role.ADMIN) && adminsNeedTwoStep();
        return new OwnAccount(account.getUsername(), account.getDisplayName(), account.mustChangePassword(),
                account.usesTwoStep(), twoStepRequired && !account.usesTwoStep(), account.recoveryCodesLeft());
    }

    /**
     * Whether the signed-in account must be put right (its own password, or two-step for an administrator)
     * before anything else in the back office opens; false for a sign-in with no account, such as the
     * portal's own tasks.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustPutAccountRight() {
        return accounts.findByUsernameIgnoreCase(signedInName()).filter(UserAccount::isEnabled)
                .map(account -> account.mustChangePassword() || account.getRoles().contains(Role.ADMIN)
                        && !account.usesTwoStep() && adminsNeedTwoStep())
                .orElse(false);
    }

    /**
     * Changes the signed-in account's password, given the current one.
     *
     * @throws PasswordRefusedException with {@code password.current-wrong} or a {@link PasswordPolicy} reason
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = PasswordRefusedException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = signedIn();
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            audit.record("account.password-change-refused", "account", account.getUsername(), "wrong current password");
            throw new PasswordRefusedException("password.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordRefusedException("password.unchanged");
        }
        policy.check(newPassword);
        account.changePassword(encoder.encode(newPassword), false, clock.instant());
        audit.record("account.password-changed", "account", account.getUsername(), null);
    }

    /** A new two-step secret for the signed-in account, to be confirmed with a code before it counts. */
    @PreAuthorize("isAuthenticated()")
    public TwoStepSetup startTwoStep() {
        var account = signedInName();
        var secret = codes.newSecret();
        var uri = TwoStepCodes.otpauthUri(brand.forceName(), account, secret);
        return new TwoStepSetup(secret, uri, TwoStepCodes.qrCodeDataUri(uri));
    }

    /**
     * Turns two-step sign-in on with the secret from {@link #startTwoStep()}, once a code from the app proves
     * that the app has it. Returns the recovery codes, the only time they are ever shown.
     *
     * @throws TwoStepCodeRefusedException when the code does not match the secret now
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmTwoStep(String secret, String code) {
        var account = signedIn();
        var now = clock.instant();
        var step = codes.verify(secret, code, null, now);
        if (step.isEmpty()) {
            throw new TwoStepCodeRefusedException(false);
        }
        var recovery = codes.newRecoveryCodes();
        account.turnOnTwoStep(secret, step.getAsLong(), TwoStepCodes.hashes(recovery), now);
        audit.record("account.two-step-on", "account", account.getUsername(), null);
        return recovery;
    }

    /**
     * Turns two-step sign-in off, given the current password; refused to an administrator while it is
     * required of administrators.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void turnOffTwoStep(String currentPassword) {
        var account = signedIn();
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordRefusedException("password.current-wrong");
        }
        if (account.getRoles().contains(Role.ADMIN) && adminsNeedTwoStep()) {
            throw new PasswordRefusedException("two-step.required");
        }
        account.turnOffTwoStep(clock.instant());
        audit.record("account.two-step-off", "account", account.getUsername(), null);
    }

    /**
     * "Forgot password": emails a single-use link to the account named by {@code usernameOrEmail}, if there
     * is one with an email address. Whoever asks learns nothing either way: the answer is the same, and
     * requests beyond the limits (per address, per account) are dropped without a sign.
     *
     * @return false only when this address has asked too often, which says nothing about any account
     */
    @Transactional
    public boolean requestPasswordReset(String usernameOrEmail, Locale locale) {
        var client = AuditLog.clientAddress();
        if (!limiter.tryResetRequest(client == null ? "unknown" : client)) {
            return false;
        }
        var wanted = usernameOrEmail.strip();
        if (wanted.isEmpty()) {
            return true;
        }
        var found = accounts.findByUsernameIgnoreCase(wanted)
                .or(() -> accounts.findFirstByEmailIgnoreCaseOrderByIdAsc(wanted))
                .filter(UserAccount::isEnabled)
                .filter(account -> account.getEmail() != null && !account.getEmail().isBlank());
        if (found.isEmpty() || !limiter.tryResetFor(found.get().getUsername())) {
            return true;
        }
        var account = found.get();
        var now = clock.instant();
        var id = Objects.requireNonNull(account.getId());
        // One live link at a time: asking again retires the earlier one.
        resetLinks.findByUserIdAndUsedAtIsNull(id).forEach(link -> link.use(now));
        var token = LinkTokens.newToken();
        resetLinks.save(new PasswordResetLink(id, LinkTokens.hash(token), now.plus(resetValidity), now));
        mail.passwordReset(Objects.requireNonNull(account.getEmail()), locale, account.getDisplayName(),
                address.base() + "/login/reset?t=" + token, resetValidity.toMinutes());
        audit.recordFor(account.getUsername(), "account.password-reset-requested", "link sent by email");
        return true;
    }

    /** Whether a "forgot password" link can still be used, for its page to say so before anything is typed. */
    @Transactional(readOnly = true)
    public boolean isResetLinkUsable(String token) {
        return !token.isBlank() && resetLinks.findByTokenHash(LinkTokens.hash(token))
                .filter(link -> link.isUsableAt(clock.instant())).isPresent();
    }

    /**
     * Sets a new password through a "forgot password" link, which is then used up.
     *
     * @throws PasswordRefusedException with {@code password.link-invalid} for a link that is unknown, used or
     *     expired, or a {@link PasswordPolicy} reason
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        var now = clock.instant();
        var link = resetLinks.findByTokenHash(LinkTokens.hash(token)).filter(l -> l.isUsableAt(now))
                .orElseThrow(() -> new PasswordRefusedException("password.link-invalid"));
        policy.check(newPassword);
        var account = accounts.findById(link.getUserId())
                .orElseThrow(() -> new PasswordRefusedException("password.link-invalid"));
        link.use(now);
        account.changePassword(encoder.encode(newPassword), false, now);
        audit.recordFor(account.getUsername(), "account.password-reset", "through an emailed link");
    }

    private boolean adminsNeedTwoStep() {
        return accountPolicy.findById(AccountPolicy.ID).map(AccountPolicy::adminsNeedTwoStep).orElse(false);
    }

    private String signedInName() {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return authentication.getName();
    }

    private UserAccount signedIn() {
        return accounts.findByUsernameIgnoreCase(signedInName()).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new IllegalStateException("The signed-in account is gone"));
    }
}
