package org.neighbourhood.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.base.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server: the local mail catcher (GreenMail) on a free port, which the tests
 * stop and start to play a mail server outage. Time moves only when a test moves the clock.
 */
@SpringBootTest
class MailOutboxTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    LocalMailCatcher catcher;

    @Autowired
    OutboxStore store;

    @Autowired
    OutboxMailRepository mails;

    @Autowired
    MailAttemptRepository attempts;

    @Autowired
    PublicAddress address;

    @Autowired
    MovableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    OutboxRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void sendWhatOthersLeft() {
        catcher.start();
        dispatchUntilQuiet();
    }

    @AfterEach
    void mailServerIsBack() {
        catcher.start();
    }

    @Test
    void a_committed_mail_arrives_once_as_text_and_html_with_its_manage_link() throws Exception {
        var recipient = recipient();
        var manage = address.base() + "/forums/manage?token=abc123";
        inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, Locale.ENGLISH, "test-message",
                Map.of(OutgoingMail.MANAGE_URL, manage))));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        var received = receivedBy(recipient);
        assertThat(received).hasSize(1);
        var message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("Test email from Northshire Police");
        assertThat(message.getFrom()[0].toString()).contains("Northshire Police")
                .contains("no-reply@northshire.police.example");
        assertThat(message.isMimeType("multipart/alternative")).isTrue();
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        var text = (String) parts.getBodyPart(0).getContent();
        var html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains("This is a test email from the Northshire Police community website")
                .contains("Manage or cancel: " + manage)
                .contains("contact@northshire.police.example");
        assertThat(html).contains("<a href=\"http://localhost:8080/forums/manage?token=abc123\"")
                .contains("Manage or cancel</a>")
                .contains("<html lang=\"en\">");
        assertThat(stored(recipient).status()).isEqualTo(MailStatus.SENT);
        assertThat(stored(recipient).messageId()).isEqualTo(message.getMessageID());
    }

    @Test
    void a_polish_recipient_gets_the_polish_subject_text_and_footer() throws Exception {
        var recipient = recipient();
        inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, Locale.forLanguageTag("pl"), "test-message",
                Map.of(OutgoingMail.MANAGE_URL, address.base() + "/manage/xyz"))));

        dispatcher.dispatchDue();

        var message = receivedBy(recipient).getFirst();
        assertThat(message.getSubject()).isEqualTo("Wiadomość testowa od Northshire Police");
        var caught = catcher.caught().stream().filter(mail -> mail.to().equals(recipient)).findFirst().orElseThrow();
        assertThat(caught.text()).contains("Dzień dobry,").contains("Zarządzaj lub anuluj: " + address.base()
                + "/manage/xyz");
        assertThat(caught.html()).contains("Zarządzaj lub anuluj</a>").contains("<html lang=\"pl\">");
    }

    @Test
    void a_mail_without_a_manage_link_has_the_footer_but_no_link() {
        var recipient = recipient();
        inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, Locale.ENGLISH, "test-message", Map.of())));

        dispatcher.dispatchDue();

        var caught = catcher.caught().stream().filter(mail -> mail.to().equals(recipient)).findFirst().orElseThrow();
        assertThat(caught.text()).doesNotContain("Manage or cancel").contains("Please do not reply");
        assertThat(caught.html()).doesNotContain("Manage or cancel").contains("Please do not reply");
    }

    @Test
    void a_mail_written_in_a_transaction_that_rolls_back_is_never_sent() {
        var recipient = recipient();
        var template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingMail(recipient, Locale.ENGLISH, "test-message", Map.of()));
            status.setRollbackOnly();
        });

        dispatchUntilQuiet();
        clock.advance(Duration.ofHours(2));
        dispatchUntilQuiet();

        assertThat(mails.findAll()).noneMatch(mail -> mail.recipient().equals(recipient));
        assertThat(receivedBy(recipient)).isEmpty();
    }

    @Test
    void a_mail_is_written_only_inside_the_transaction_that_causes_it() {
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingMail(recipient(), Locale.ENGLISH, "test-message",
                Map.of()))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_mail_that_could_never_be_sent_is_refused_when_written() {
        assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient(), Locale.ENGLISH,
                "no-such-template", Map.of())))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(new OutgoingMail("not an address",
                Locale.ENGLISH, "test-message", Map.of())))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient(), Locale.ENGLISH,
                "test-message", Map.of(OutgoingMail.MANAGE_URL, "/forums/manage")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    }

    @Test
    void while_the_mail_server_is_down_nothing_is_lost_and_afterwards_each_mail_arrives_exactly_once() {
        var recipients = List.of(recipient(), recipient(), recipient());
        inTransaction(() -> {
            recipients.forEach(r -> outbox.enqueue(new OutgoingMail(r, Locale.ENGLISH, "test-message", Map.of())));
            return null;
        });
        catcher.stop();

        // Passes while the server is down: each fails, is recorded and waits longer before the next attempt.
        for (int pass = 0; pass < 10 && recipients.stream().anyMatch(r -> failedAttempts(r) == 0); pass++) {
            assertThat(dispatcher.dispatchDue()).isZero();
            assertThat(dispatcher.dispatchDue()).as("a failed mail waits before its next attempt").isZero();
            clock.advance(Duration.ofMinutes(1));
        }
        for (var r : recipients) {
            var mail = stored(r);
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
            assertThat(failedAttempts(r)).isPositive();
            assertThat(mail.lastError()).isNotBlank();
            assertThat(mail.nextAttemptAt()).isAfter(mail.createdAt());
        }

        catcher.start();
        clock.advance(Duration.ofHours(1));
        dispatchUntilQuiet();
        clock.advance(Duration.ofHours(1));
        dispatchUntilQuiet();

        for (var r : recipients) {
            assertThat(receivedBy(r)).as("mail to " + r).hasSize(1);
            assertThat(stored(r).status()).isEqualTo(MailStatus.SENT);
            assertThat(attempts.findByMailIdOrderByAttemptedAtAscIdAsc(stored(r).id()))
                    .extracting(attempt -> attempt.toEntry().outcome()).last().isEqualTo(AttemptOutcome.SENT);
        }
    }

    @Test
    void a_mail_left_sending_by_a_crash_is_sent_again_after_its_lease_with_the_same_message_id() throws Exception {
        var recipient = recipient();
        var id = inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, Locale.ENGLISH, "test-message",
                Map.of())));
        // A dispatcher claims it and the server accepts it, then the dispatcher dies before recording that.
        var claimed = store.claim(id, now()).orElseThrow();
        dispatcher.deliver(claimed);

        assertThat(dispatcher.dispatchDue()).as("within the lease, the claim is respected").isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        dispatchUntilQuiet();

        var received = receivedBy(recipient);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getMessageID()).isEqualTo(received.get(1).getMessageID())
                .isEqualTo(stored(recipient).messageId());
        assertThat(stored(recipient).status()).isEqualTo(MailStatus.SENT);
        assertThat(attempts.findByMailIdOrderByAttemptedAtAscIdAsc(id)).extracting(a -> a.toEntry().outcome())
                .containsExactly(AttemptOutcome.INTERRUPTED, AttemptOutcome.SENT);
    }

    @Test
    void two_dispatchers_never_claim_the_same_mail() {
        var id = inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient(), Locale.ENGLISH, "test-message",
                Map.of())));

        assertThat(store.claim(id, now())).isPresent();
        assertThat(store.claim(id, now())).isEmpty();
    }

    @Test
    void retries_wait_longer_each_time_up_to_an_hour() {
        assertThat(MailDispatcher.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDispatcher.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.backOff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDispatcher.backOff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(MailDispatcher.backOff(20)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_secret_link_is_kept_only_until_its_mail_is_delivered() throws Exception {
        var recipient = recipient();
        var token = "secret" + System.nanoTime();
        var manage = address.base() + "/signup/manage?t=" + token;
        inTransaction(() -> outbox.enqueue(new OutgoingMail(recipient, Locale.ENGLISH, "test-message",
                Map.of(OutgoingMail.MANAGE_URL, manage)).withSecrets(OutgoingMail.MANAGE_URL)));
        var started = clock.instant();
        try {
            catcher.stop();
            dispatcher.dispatchDue();
            assertThat(storedPayload(recipient)).as("kept to send again").contains(token);

            catcher.start();
            clock.advance(MailDispatcher.FIRST_RETRY.plusSeconds(1));
            dispatchUntilQuiet();
        } finally {
            catcher.start();
            clock.advance(Duration.between(clock.instant(), started));
        }

        assertThat(((String) ((MimeMultipart) receivedBy(recipient).getFirst().getContent()).getBodyPart(0)
                .getContent())).contains(manage);
        assertThat(stored(recipient).status()).isEqualTo(MailStatus.SENT);
        assertThat(storedPayload(recipient)).as("nothing of the link once delivered").doesNotContain(token)
                .doesNotContain(OutgoingMail.MANAGE_URL);
    }

    @Test
    void delivered_mail_is_purged_after_30_days_and_mail_given_up_after_90_with_their_attempts() {
        var delivered = recipient();
        var givenUp = recipient();
        inTransaction(() -> outbox.enqueue(new OutgoingMail(delivered, Locale.ENGLISH, "test-message", Map.of())));
        dispatchUntilQuiet();
        var failing = inTransaction(() -> outbox.enqueue(new OutgoingMail(givenUp, Locale.ENGLISH, "test-message",
                Map.of())));
        store.failed(store.claim(failing, now()).orElseThrow(), now(), "Refused for good", null);
        var deliveredId = stored(delivered).id();
        var started = clock.instant();
        try {
            clock.advance(Duration.ofDays(29));
            var waiting = recipient();
            inTransaction(() -> outbox.enqueue(new OutgoingMail(waiting, Locale.ENGLISH, "test-message", Map.of())));
            retention.purgeExpired();
            assertThat(outboxRows(delivered)).isEqualTo(1);

            clock.advance(Duration.ofDays(2));
            retention.purgeExpired();
            assertThat(outboxRows(delivered)).as("delivered 31 days ago").isZero();
            assertThat(attempts.findByMailIdOrderByAttemptedAtAscIdAsc(deliveredId)).isEmpty();
            assertThat(outboxRows(givenUp)).isEqualTo(1);

            clock.advance(Duration.ofDays(60));
            retention.purgeExpired();
            assertThat(outboxRows(givenUp)).as("given up 91 days ago").isZero();
            assertThat(attempts.findByMailIdOrderByAttemptedAtAscIdAsc(failing)).isEmpty();
            assertThat(outboxRows(waiting)).as("mail still to send is never purged").isEqualTo(1);
        } finally {
            clock.advance(Duration.between(clock.instant(), started));
        }
    }

    @Test
    void an_address_is_masked_for_the_back_office() {
        assertThat(MailOutbox.mask("resident@example.org")).isEqualTo("r•••••t@example.org");
        assertThat(MailOutbox.mask("al@example.org")).isEqualTo("a•@example.org");
    }

    private void dispatchUntilQuiet() {
        for (int pass = 0; pass < 100 && dispatcher.dispatchDue() > 0; pass++) {
            // each pass sends a batch; stop when one finds nothing to send
        }
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(catcher.received()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private OutboxMail stored(String recipient) {
        return mails.findAll().stream().filter(mail -> mail.recipient().equals(recipient)).findFirst()
                .orElseThrow();
    }

    private String storedPayload(String recipient) {
        return jdbc.queryForObject("select payload from mail_outbox where recipient = ?", String.class, recipient);
    }

    private int outboxRows(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, recipient);
    }

    private long failedAttempts(String recipient) {
        return attempts.findByMailIdOrderByAttemptedAtAscIdAsc(stored(recipient).id()).stream()
                .filter(attempt -> attempt.toEntry().outcome() == AttemptOutcome.FAILED).count();
    }

    private static String recipient() {
        return "resident." + System.nanoTime() + "@example.org";
    }
}
