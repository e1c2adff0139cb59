package org.neighbourhood.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One email in the outbox. Dispatchers change its state only through conditional updates (see
 * {@link OutboxMailRepository}), so that two of them never send it at once.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMail {

    static final int RECIPIENT_MAX = 254;
    static final int TEMPLATE_MAX = 80;
    static final int ERROR_MAX = 1000;
    static final int SECRETS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String recipient;
    private String locale;
    private String template;
    @Convert(converter = PayloadConverter.class)
    private Map<String, String> payload;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private @Nullable Instant claimedAt;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;
    private String messageId;
    /** Comma-separated names of the payload entries to erase once delivered; null when none are left. */
    private @Nullable String secrets;

    protected OutboxMail() {
        this.recipient = "";
        this.locale = "";
        this.template = "";
        this.payload = Map.of();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.messageId = "";
    }

    OutboxMail(OutgoingMail mail, Instant now, String messageId) {
        this.recipient = mail.recipient();
        this.locale = mail.locale().toLanguageTag();
        this.template = mail.template();
        this.payload = mail.payload();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.messageId = messageId;
        this.secrets = mail.secrets().isEmpty() ? null : String.join(",", new TreeSet<>(mail.secrets()));
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not stored yet");
        }
        return id;
    }

    String recipient() {
        return recipient;
    }

    Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    String template() {
        return template;
    }

    Map<String, String> payload() {
        return payload;
    }

    MailStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable Instant claimedAt() {
        return claimedAt;
    }

    @Nullable String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant sentAt() {
        return sentAt;
    }

    String messageId() {
        return messageId;
    }

    /** Once delivered, the secret payload entries are of no more use to the outbox and are not kept. */
    void eraseSecrets() {
        if (secrets == null) {
            return;
        }
        var kept = new HashMap<>(payload);
        kept.keySet().removeAll(Set.of(secrets.split(",")));
        this.payload = Map.copyOf(kept);
        this.secrets = null;
    }

    static String limitError(String error) {
        return error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OutboxMail that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return OutboxMail.class.hashCode();
    }
}
