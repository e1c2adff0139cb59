package org.neighbourhood.mail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neighbourhood.security.AuditLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way mail leaves the portal. A feature writes an email here inside the transaction of the sign-up,
 * cancellation or reminder that causes it, so the email is stored exactly when that change is; the
 * {@link MailDispatcher} sends it afterwards and retries while the mail server is away.
 */
@Service
public class MailOutbox {

    /** The template of the back office's test email. */
    static final String TEST_TEMPLATE = "test-message";

    private final OutboxMailRepository mails;
    private final MailAttemptRepository attempts;
    private final MailComposer composer;
    private final AuditLog audit;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, MailAttemptRepository attempts, MailComposer composer, AuditLog audit,
            Clock clock) {
        this.mails = mails;
        this.attempts = attempts;
        this.composer = composer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes an email to the outbox as part of the caller's transaction, which must be open: committed, the
     * email is sent soon after; rolled back, it never is. A mail that could never be sent (no such template,
     * a recipient that is no address, a relative link) is refused here, with an {@link
     * IllegalArgumentException}.
     *
     * @return the outbox id of the email
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        composer.check(mail);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return mails.save(new OutboxMail(mail, now, composer.newMessageId())).id();
    }

    /** Sends a test email through the outbox, to check the mail settings from the back office. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long sendTest(String recipient, Locale locale) {
        var id = enqueue(new OutgoingMail(recipient.strip(), locale, TEST_TEMPLATE, Map.of()));
        audit.record("mail.test", "mail", String.valueOf(id), mask(recipient.strip()));
        return id;
    }

    /** The outbox, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> find(int offset, int limit) {
        int size = Math.max(1, limit);
        return mails.findAllByOrderByIdDesc(PageRequest.of(offset / size, size)).stream()
                .map(MailOutbox::toEntry)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return mails.count();
    }

    /** Every attempt to send one mail, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailAttemptEntry> attemptsOf(long id) {
        return attempts.findByMailIdOrderByAttemptedAtAscIdAsc(id).stream().map(MailAttempt::toEntry).toList();
    }

    /**
     * Gives a mail the dispatcher gave up on a fresh set of attempts, starting with the next pass.
     *
     * @return false where the mail is not (or no longer) failed
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean retryNow(long id) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (mails.retry(id, now, MailStatus.FAILED, MailStatus.PENDING) != 1) {
            return false;
        }
        audit.record("mail.retried", "mail", String.valueOf(id), null);
        return true;
    }

    private static OutboxEntry toEntry(OutboxMail mail) {
        return new OutboxEntry(mail.id(), mask(mail.recipient()), mail.template(), mail.locale().toLanguageTag(),
                mail.status(), mail.attempts(), mail.nextAttemptAt(), mail.lastError(), mail.createdAt(),
                mail.sentAt());
    }

    /** {@code resident@example.org} as {@code r•••••t@example.org}: enough to recognise, little to leak. */
    static String mask(String address) {
        var at = address.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        var local = address.substring(0, at);
        var shown = local.length() <= 2 ? local.substring(0, 1) + "•"
                : local.charAt(0) + "•".repeat(Math.min(local.length() - 2, 5)) + local.charAt(local.length() - 1);
        return shown + address.substring(at);
    }
}
