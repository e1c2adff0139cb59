package org.neighbourhood.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** A "forgot password" link: the SHA-256 of its token, good once and until it expires. */
@Entity
class PasswordResetLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long userId;
    private String tokenHash;
    private Instant expiresAt;
    private @Nullable Instant usedAt;
    private Instant createdAt;

    protected PasswordResetLink() {
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    PasswordResetLink(long userId, String tokenHash, Instant expiresAt, Instant now) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    long getUserId() {
        return userId;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PasswordResetLink that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return PasswordResetLink.class.hashCode();
    }
}
