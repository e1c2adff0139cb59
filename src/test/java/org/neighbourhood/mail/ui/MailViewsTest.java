package org.neighbourhood.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.mail.CaughtMail;
import org.neighbourhood.mail.LocalMailCatcher;
import org.neighbourhood.mail.MailDispatcher;
import org.neighbourhood.mail.MailOutbox;
import org.neighbourhood.mail.MailStatus;
import org.neighbourhood.mail.OutboxEntry;
import org.neighbourhood.mail.OutgoingMail;
import org.neighbourhood.security.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class MailViewsTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    LocalMailCatcher catcher;

    @Autowired
    PublicAddress address;

    @Autowired
    PageTitles titles;

    @Autowired
    AuditLog audit;

    @Autowired
    MovableClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void restore() {
        catcher.start();
        securityContext.clearContext();
    }

    @Test
    void the_demo_mailbox_shows_a_caught_mail_with_its_link_and_its_text() {
        var recipient = "reader." + System.nanoTime() + "@example.org";
        var manage = address.base() + "/forums/manage?token=" + System.nanoTime();
        enqueue(recipient, Map.of(OutgoingMail.MANAGE_URL, manage));
        dispatcher.dispatchDue();

        navigate("mailbox");

        assertThat(_get(H1.class).getText()).isEqualTo("Caught mail");
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("A demo convenience")
                && p.getText().contains("sends no email out"));
        @SuppressWarnings("unchecked")
        Grid<CaughtMail> grid = _get(Grid.class);
        var mail = GridKt._fetch(grid, 0, 1000).stream().filter(m -> m.to().equals(recipient)).findFirst()
                .orElseThrow();
        assertThat(GridKt._get(grid, 0).sentAt()).as("newest first").isAfterOrEqualTo(mail.sentAt());
        grid.select(mail);

        var html = _get(IFrame.class);
        assertThat(html.getSandbox()).isPresent();
        assertThat(html.getSrcdoc().orElseThrow()).contains("<base target=\"_blank\">")
                .contains("href=\"" + manage.replace("&", "&amp;") + "\"");
        assertThat(_get(Pre.class).getText()).contains("Manage or cancel: " + manage);
    }

    @Test
    void the_demo_mailbox_speaks_polish() {
        speak(Locale.forLanguageTag("pl"));
        navigate("mailbox");

        assertThat(_get(H1.class).getText()).isEqualTo("Przechwycona poczta");
    }

    @Test
    void an_administrator_sees_a_failed_mail_with_its_attempts_and_retries_it() {
        catcher.stop();
        var recipient = "unlucky." + System.nanoTime() + "@example.org";
        var id = enqueue(recipient, Map.of());
        SignedIn.as(securityContext, "admin", "ADMIN");
        // Other tests leave mail waiting in the shared outbox and a pass takes the oldest first, a batch at a time:
        // pass until this one has used up its attempts, however much is queued before it.
        for (int pass = 0; pass < 1_000 && status(id) != MailStatus.FAILED; pass++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(status(id)).isEqualTo(MailStatus.FAILED);
        catcher.start();

        var view = new MailOutboxView(outbox, titles);
        UI.getCurrent().add(view);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Mail outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(view, Grid.class);
        var failed = GridKt._fetch(grid, 0, 50).stream().filter(entry -> entry.id() == id).findFirst().orElseThrow();
        assertThat(failed.maskedRecipient()).startsWith("u").endsWith("@example.org").doesNotContain(recipient);
        assertThat(failed.lastError()).contains("connect");
        grid.select(failed);
        assertThat(_get(view, UnorderedList.class).getChildren()).hasSize(5)
                .allMatch(item -> item.getElement().getText().contains("Failed"));

        _click(_get(view, Button.class, spec -> spec.withText("Retry now")));

        assertThat(_find(view, Paragraph.class)).anyMatch(p -> p.getText().startsWith("Mail " + id
                + " will be tried again"));
        assertThat(status(id)).isEqualTo(MailStatus.PENDING);
        assertThat(audit.find(0, 20)).anyMatch(entry -> entry.action().equals("mail.retried")
                && String.valueOf(id).equals(entry.subjectId()));
        dispatcher.dispatchDue();
        assertThat(status(id)).isEqualTo(MailStatus.SENT);
        assertThat(catcher.caught()).anyMatch(mail -> mail.to().equals(recipient));
    }

    @Test
    void an_administrator_sends_a_test_email_through_the_outbox() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var view = new MailOutboxView(outbox, titles);
        UI.getCurrent().add(view);
        var recipient = "postmaster." + System.nanoTime() + "@example.org";

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(view, com.vaadin.flow.component.textfield.EmailField.class), recipient);
        _click(_get(view, Button.class, spec -> spec.withText("Send test email")));
        dispatcher.dispatchDue();

        assertThat(_find(view, Paragraph.class)).anyMatch(p -> p.getText().equals("A test email to " + recipient
                + " is in the outbox."));
        assertThat(catcher.caught()).anyMatch(mail -> mail.to().equals(recipient)
                && mail.subject().equals("Test email from Northshire Police"));
    }

    private long enqueue(String recipient, Map<String, String> payload) {
        return new TransactionTemplate(transactions).execute(status -> outbox.enqueue(
                new OutgoingMail(recipient, Locale.ENGLISH, "test-message", payload)));
    }

    private MailStatus status(long id) {
        return outbox.find(0, 1000).stream().filter(entry -> entry.id() == id).findFirst().orElseThrow().status();
    }
}
