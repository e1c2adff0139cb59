package org.neighbourhood.forums.signup;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** An emailed link, kept only as the hash of its token. */
@Entity
@Table(name = "forum_link")
class RegistrationLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long registrationId;
    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;
    private String tokenHash;
    private Instant expiresAt;
    private @Nullable Instant usedAt;
    private Instant createdAt;

    protected RegistrationLink() {
        this.purpose = LinkPurpose.MANAGE;
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    RegistrationLink(long registrationId, LinkPurpose purpose, String tokenHash, Instant expiresAt, Instant now) {
        this.registrationId = registrationId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    long getRegistrationId() {
        return registrationId;
    }

    LinkPurpose getPurpose() {
        return purpose;
    }
}
