package org.neighbourhood.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.function.IntSupplier;

import org.neighbourhood.base.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The outbox's own retention. A mail holds its recipient's address and whatever its payload names, such as a
 * forum registrant's name: kept for ever, it would outlive the erasure that the features promise (a forum
 * forgets who signed up a year after the session). Delivered mail goes after {@code neighbourhood.mail.keep-sent}
 * (30 days by default), mail given up after {@code neighbourhood.mail.keep-failed} (90 days), each with its
 * attempts; mail still to be sent is never purged.
 */
@Service
public class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);
    private static final int BATCH = 500;

    private final OutboxStore store;
    private final Clock clock;
    private final Duration keepSent;
    private final Duration keepFailed;

    OutboxRetention(OutboxStore store, Clock clock, @Value("${neighbourhood.mail.keep-sent:P30D}") Duration keepSent,
            @Value("${neighbourhood.mail.keep-failed:P90D}") Duration keepFailed) {
        this.store = store;
        this.clock = clock;
        this.keepSent = keepSent;
        this.keepFailed = keepFailed;
    }

    @Scheduled(cron = "${neighbourhood.mail.retention-cron:0 45 3 * * *}", zone = Zones.LONDON_ID)
    void scheduled() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next run finds everything where it was.
            log.warn("Outbox retention run failed: {}", e.toString());
        }
    }

    /**
     * Purges what is held past its retention period, in short transactions of a few hundred mails each.
     *
     * @return how many mails were purged
     */
    public int purgeExpired() {
        var now = clock.instant();
        var sentCutoff = now.minus(keepSent);
        var failedCutoff = now.minus(keepFailed);
        int purged = purge(() -> store.purge(MailStatus.SENT, sentCutoff, BATCH))
                + purge(() -> store.purge(MailStatus.FAILED, failedCutoff, BATCH));
        if (purged > 0) {
            log.info("Purged {} mail(s) from the outbox: sent before {} or given up before {}", purged, sentCutoff,
                    failedCutoff);
        }
        return purged;
    }

    /** One short transaction a batch, so that a large backlog never holds locks for long. */
    private static int purge(IntSupplier batch) {
        int purged = 0;
        for (int deleted = batch.getAsInt(); deleted > 0; deleted = batch.getAsInt()) {
            purged += deleted;
        }
        return purged;
    }
}
