package org.neighbourhood.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's short transactions: each claim and each outcome commits on its own, and none is open
 * while a mail is handed to the mail server.
 */
@Component
class OutboxStore {

    private final OutboxMailRepository mails;
    private final MailAttemptRepository attempts;

    OutboxStore(OutboxMailRepository mails, MailAttemptRepository attempts) {
        this.mails = mails;
        this.attempts = attempts;
    }

    /** Puts back mails whose dispatcher recorded no outcome before the cutoff, each noted as interrupted. */
    @Transactional
    public int releaseClaimsBefore(Instant cutoff, Instant now) {
        int released = 0;
        for (var id : mails.findClaimedBefore(MailStatus.SENDING, cutoff)) {
            if (mails.release(id, cutoff, now, MailStatus.SENDING, MailStatus.PENDING) == 1) {
                attempts.save(new MailAttempt(id, now, AttemptOutcome.INTERRUPTED,
                        "No outcome was recorded within the lease: sent again with the same Message-ID"));
                released++;
            }
        }
        return released;
    }

    @Transactional(readOnly = true)
    public List<Long> dueIds(Instant now, int batch) {
        return mails.findDueIds(MailStatus.PENDING, now, PageRequest.of(0, batch));
    }

    /** Takes a due mail for one attempt; empty where another dispatcher took it first. */
    @Transactional
    public Optional<ClaimedMail> claim(long id, Instant now) {
        if (mails.claim(id, now, MailStatus.PENDING, MailStatus.SENDING) != 1) {
            return Optional.empty();
        }
        return mails.findById(id).map(mail -> ClaimedMail.of(mail, now));
    }

    /**
     * Records the delivery and erases the mail's secrets: from now on the outbox holds no working link.
     *
     * @return false where the claim had lapsed and another dispatcher has the mail by now
     */
    @Transactional
    public boolean sent(ClaimedMail mail, Instant now) {
        attempts.save(new MailAttempt(mail.id(), now, AttemptOutcome.SENT, null));
        var mine = mails.markSent(mail.id(), mail.claimedAt(), now, MailStatus.SENDING, MailStatus.SENT) == 1;
        // Delivered either way: by this claim or, after a lapse, by the one that re-sent it.
        mails.findById(mail.id()).filter(m -> m.status() == MailStatus.SENT).ifPresent(OutboxMail::eraseSecrets);
        return mine;
    }

    /**
     * Records a failed attempt and when to try next; {@code nextAttemptAt} null gives up on the mail.
     *
     * @return false where the claim had lapsed and another dispatcher has the mail by now
     */
    @Transactional
    public boolean failed(ClaimedMail mail, Instant now, String error, @org.jspecify.annotations.Nullable
            Instant nextAttemptAt) {
        var limited = OutboxMail.limitError(error);
        attempts.save(new MailAttempt(mail.id(), now, AttemptOutcome.FAILED, limited));
        return nextAttemptAt == null
                ? mails.markFailed(mail.id(), mail.claimedAt(), MailStatus.FAILED, now, limited,
                        MailStatus.SENDING) == 1
                : mails.markFailed(mail.id(), mail.claimedAt(), MailStatus.PENDING, nextAttemptAt, limited,
                        MailStatus.SENDING) == 1;
    }

    /**
     * Deletes up to {@code batch} mails, with their attempts, that were delivered ({@link MailStatus#SENT}) or
     * given up ({@link MailStatus#FAILED}) before the cutoff.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purge(MailStatus status, Instant cutoff, int batch) {
        var ids = switch (status) {
            case SENT -> mails.findSentBefore(MailStatus.SENT, cutoff, PageRequest.of(0, batch));
            case FAILED -> mails.findFailedBefore(MailStatus.FAILED, cutoff, PageRequest.of(0, batch));
            default -> throw new IllegalArgumentException("Only delivered or given-up mail is purged: " + status);
        };
        if (ids.isEmpty()) {
            return 0;
        }
        attempts.deleteByMailIds(ids);
        return mails.deleteByIds(ids);
    }
}
