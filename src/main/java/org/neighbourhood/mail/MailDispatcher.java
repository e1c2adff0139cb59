package org.neighbourhood.mail;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.mail.MessagingException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox. Every poll interval it puts back mails whose claim outlived the lease (a dispatcher that
 * stopped mid-way), then claims due mails one by one in the order they were written, sends each and records
 * the outcome. A failure is tried again after 30 s, 1 min, 2 min… at most an hour apart, until the most
 * attempts allowed; while the mail server cannot be reached, the pass stops at the first such failure.
 *
 * <p>A mail is sent at least once. It can go out twice only when the server accepted it and the outcome
 * could not be recorded (a crash, a lost database); the resend then carries the same {@code Message-ID},
 * which mail clients show as one message: no duplicate a person would notice.
 */
@Component
public class MailDispatcher {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxStore store;
    private final MailComposer composer;
    private final JavaMailSender sender;
    private final Clock clock;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration lease;

    MailDispatcher(OutboxStore store, MailComposer composer, JavaMailSender sender, Clock clock,
            @Value("${neighbourhood.mail.batch-size:50}") int batchSize,
            @Value("${neighbourhood.mail.max-attempts:20}") int maxAttempts,
            @Value("${neighbourhood.mail.lease:5m}") Duration lease) {
        this.store = store;
        this.composer = composer;
        this.sender = sender;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${neighbourhood.mail.poll-interval:5s}",
            initialDelayString = "${neighbourhood.mail.poll-interval:5s}")
    void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next pass finds everything where it was.
            log.warn("Mail dispatch pass failed: {}", e.toString());
        }
    }

    /**
     * One pass over the outbox, as the schedule runs it; callable directly, say by a test that has moved the
     * clock.
     *
     * @return how many mails were sent
     */
    public int dispatchDue() {
        var now = now();
        var released = store.releaseClaimsBefore(now.minus(lease), now);
        if (released > 0) {
            log.warn("{} mail(s) claimed longer than {} ago went back to the outbox", released, lease);
        }
        int sent = 0;
        for (var id : store.dueIds(now, batchSize)) {
            var claimed = store.claim(id, now());
            if (claimed.isEmpty()) {
                continue;
            }
            var mail = claimed.get();
            try {
                deliver(mail);
                if (!store.sent(mail, now())) {
                    log.warn("Mail {} was sent after its claim had lapsed", mail.id());
                }
                sent++;
            } catch (MessagingException | RuntimeException e) {
                var permanent = e instanceof MailPreparationException;
                var next = permanent || mail.attempts() >= maxAttempts ? null : now().plus(backOff(mail.attempts()));
                store.failed(mail, now(), describe(e), next);
                if (next == null) {
                    log.error("Mail {} ({}) given up after {} attempt(s): {}", mail.id(), mail.template(),
                            mail.attempts(), describe(e));
                } else {
                    log.info("Mail {} not sent, trying again at {}: {}", mail.id(), next, describe(e));
                }
                if (serverUnreachable(e)) {
                    break;
                }
            }
        }
        return sent;
    }

    /** Hands one claimed mail to the mail server. */
    void deliver(ClaimedMail mail) throws MessagingException {
        var message = sender.createMimeMessage();
        try {
            composer.compose(message, mail, now());
        } catch (RuntimeException | MessagingException e) {
            throw new MailPreparationException("Could not write the mail: " + e.getMessage(), e);
        }
        sender.send(message);
    }

    /** How long to wait after the given number of attempts: 30 s doubled each time, at most an hour. */
    static Duration backOff(int attempts) {
        var doublings = Math.min(Math.max(attempts - 1, 0), 20);
        var wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static boolean serverUnreachable(@Nullable Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        var deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return deepest == e || deepest.getMessage() == null ? message : message + " (" + deepest + ")";
    }

    /** Whole microseconds: what the database keeps, so that a claim time read back is equal to itself. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
