package org.neighbourhood.forums.signup;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A person's sign-up for one session. They have no account: they act through emailed links. */
@Entity
@jakarta.persistence.Table(name = "forum_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long sessionId;
    private String name;
    /** Lower case, so that the same person signing up twice is recognised. */
    private String email;
    private @Nullable String organisation;
    private @Nullable String accessibilityNeeds;
    private String locale;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    private @Nullable Instant confirmedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable Approval approval;
    private @Nullable Boolean attended;
    private String consentVersion;
    private Instant consentedAt;
    private @Nullable Instant reminderSentAt;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Registration() {
        this.name = "";
        this.email = "";
        this.locale = "en";
        this.status = RegistrationStatus.PENDING;
        this.consentVersion = "";
        this.consentedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Registration(long sessionId, String email, Instant now) {
        this();
        this.sessionId = sessionId;
        this.email = email;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new sign-up: the person's details and consent, as the form gave them. */
    void signUp(SignUp form, boolean circle, Locale language, String consentVersion, Instant now) {
        this.name = form.name().strip();
        this.organisation = blankToNull(form.organisation());
        this.accessibilityNeeds = blankToNull(form.accessibilityNeeds());
        this.locale = language.toLanguageTag();
        this.consentVersion = consentVersion;
        this.consentedAt = now;
        this.approval = circle ? (approval == null ? Approval.AWAITING : approval) : null;
        this.updatedAt = now;
    }

    /** A cancelled registration whose owner followed a new confirm link: unconfirmed again, details as they were. */
    void restart(Instant now) {
        this.status = RegistrationStatus.PENDING;
        this.confirmedAt = null;
        this.attended = null;
        this.reminderSentAt = null;
        this.updatedAt = now;
    }

    void confirm(boolean placeFree, Instant now) {
        this.status = placeFree ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        this.confirmedAt = now;
        this.updatedAt = now;
    }

    void promote(Instant now) {
        this.status = RegistrationStatus.CONFIRMED;
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.updatedAt = now;
    }

    void decide(Approval decision, Instant now) {
        this.approval = decision;
        this.updatedAt = now;
    }

    void recordAttendance(@Nullable Boolean attended, Instant now) {
        this.attended = attended;
        this.updatedAt = now;
    }

    /**
     * Forgets who this was: name, email, organisation and accessibility needs. What happened (status,
     * attendance) stays, for the counts.
     */
    void erase(Instant now) {
        this.name = "";
        this.email = "erased-" + getId() + "@invalid";
        this.organisation = null;
        this.accessibilityNeeds = null;
        this.updatedAt = now;
    }

    void remindedAt(Instant now) {
        this.reminderSentAt = now;
    }

    /** Whether this person should be told where a session is and reminded of it. */
    boolean isExpected() {
        return status == RegistrationStatus.CONFIRMED && (approval == null || approval == Approval.APPROVED);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    long getId() {
        return id == null ? 0 : id;
    }

    long getSessionId() {
        return sessionId;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    @Nullable String getOrganisation() {
        return organisation;
    }

    @Nullable String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    RegistrationStatus getStatus() {
        return status;
    }

    @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Nullable Approval getApproval() {
        return approval;
    }

    @Nullable Boolean getAttended() {
        return attended;
    }

    String getConsentVersion() {
        return consentVersion;
    }

    Instant getConsentedAt() {
        return consentedAt;
    }

    long getVersion() {
        return version;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
