package org.neighbourhood.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.Authorisation.Target;
import org.neighbourhood.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The outbox holds residents' addresses and what the portal wrote to them: only an administrator lists it, reads
 * a mail's attempts, retries one or sends a test email.
 */
@SpringBootTest
class MailOutboxAuthorisationTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxStore store;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    enum Operation {
        LIST, COUNT, READ_ATTEMPTS, RETRY, SEND_TEST
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.ADMINISTRATORS_ONLY);
    }

    @ParameterizedTest(name = "{1} {0}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_see_or_act_on_the_outbox(Operation operation, Actor actor, Target target,
            boolean allowed) {
        // A domain of this row's own: the masked address still shows it, so the row finds its mail.
        var domain = "authz-" + System.nanoTime() + ".example.org";
        var failed = authorisation.asAdmin(() -> {
            long id = outbox.sendTest("failed@" + domain, Locale.ENGLISH);
            // To the microsecond the database keeps, or the claim would not match its own time.
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var claimed = store.claim(id, now).orElseThrow();
            store.failed(claimed, now, "550 refused by the test", null);
            return id;
        });
        var testDomain = "test-" + domain;

        ThrowingCallable attempt = switch (operation) {
            case LIST -> () -> assertThat(outbox.find(0, 1000)).anySatisfy(mail -> assertThat(mail.id()).isEqualTo(failed));
            case COUNT -> () -> assertThat(outbox.count()).isPositive();
            case READ_ATTEMPTS -> () -> assertThat(outbox.attemptsOf(failed)).singleElement()
                    .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AttemptOutcome.FAILED));
            case RETRY -> () -> assertThat(outbox.retryNow(failed)).isTrue();
            case SEND_TEST -> () -> outbox.sendTest("someone@" + testDomain, Locale.ENGLISH);
        };
        Consumer<Boolean> outcome = switch (operation) {
            case RETRY -> done -> assertThat(entry(failed).status()).isEqualTo(done ? MailStatus.PENDING : MailStatus.FAILED);
            case SEND_TEST -> done -> assertThat(outbox.find(0, 1000))
                    .filteredOn(mail -> mail.maskedRecipient().endsWith("@" + testDomain)).hasSize(done ? 1 : 0);
            case LIST, COUNT, READ_ATTEMPTS -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    private OutboxEntry entry(long id) {
        return outbox.find(0, 1000).stream().filter(mail -> mail.id() == id).findFirst().orElseThrow();
    }
}
