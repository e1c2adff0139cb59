package org.neighbourhood.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A back-office account. Residents never have one. */
@Entity
class UserAccount {

    static final int USERNAME_MAX = 80;
    static final int DISPLAY_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    private String displayName;

    @Size(max = 254)
    private @Nullable String email;

    private String passwordHash;

    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Ids of the neighbourhoods an editor serves; ids rather than entities keep this feature below them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_neighbourhood", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "neighbourhood_id")
    private Set<Long> neighbourhoodIds = new LinkedHashSet<>();

    /** The officer whose own profile this account may edit; an id for the same reason as the neighbourhoods. */
    private @Nullable Long officerId;

    /** Set while the password is one an administrator handed out: its owner must choose their own. */
    private boolean mustChangePassword;

    /** The two-step (TOTP) secret in Base32, once its owner has confirmed a code; null while two-step is off. */
    private @Nullable String totpSecret;

    /** The last TOTP time step accepted, so that a code seen over someone's shoulder cannot be used again. */
    private @Nullable Long totpLastStep;

    /** SHA-256 hashes of the unused two-step recovery codes; a code is removed once used. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new LinkedHashSet<>();

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    UserAccount(String username, String displayName, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Nullable Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    Set<Role> getRoles() {
        return roles;
    }

    Set<Long> getNeighbourhoodIds() {
        return neighbourhoodIds;
    }

    @Nullable Long getOfficerId() {
        return officerId;
    }

    long getVersion() {
        return version;
    }

    void update(String displayName, @Nullable String email, Set<Role> roles, Set<Long> neighbourhoodIds,
            boolean enabled, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.neighbourhoodIds.clear();
        this.neighbourhoodIds.addAll(neighbourhoodIds);
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void linkOfficer(@Nullable Long officerId, Instant now) {
        this.officerId = officerId;
        this.updatedAt = now;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Nullable String getTotpSecret() {
        return totpSecret;
    }

    @Nullable Long getTotpLastStep() {
        return totpLastStep;
    }

    boolean usesTwoStep() {
        return totpSecret != null;
    }

    /** A new password; {@code temporary} when an administrator chose it, so that the owner must change it. */
    void changePassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.updatedAt = now;
    }

    void turnOnTwoStep(String secret, long step, Set<String> recoveryCodeHashes, Instant now) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        this.recoveryCodeHashes.clear();
        this.recoveryCodeHashes.addAll(recoveryCodeHashes);
        this.updatedAt = now;
    }

    void turnOffTwoStep(Instant now) {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.recoveryCodeHashes.clear();
        this.updatedAt = now;
    }

    void codeUsed(long step) {
        this.totpLastStep = step;
    }

    /** Uses up a recovery code; false when it is not one of this account's unused codes. */
    boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserAccount that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
