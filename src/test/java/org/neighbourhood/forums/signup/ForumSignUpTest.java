package org.neighbourhood.forums.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.forums.ForumFixtures.CONFIRM;
import static org.neighbourhood.forums.ForumFixtures.MANAGE;
import static org.neighbourhood.forums.ForumFixtures.form;
import static org.neighbourhood.forums.ForumFixtures.token;
import static org.neighbourhood.forums.ForumFixtures.unique;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.base.LinkTokens;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.signup.SignUpService.LinkState;
import org.neighbourhood.forums.signup.SignUpService.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Signing up without an account: double opt-in by emailed link, capacity, the waiting list, links that expire. */
@SpringBootTest
class ForumSignUpTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    SignUpService signUps;

    @Autowired
    ForumService forums;

    @Autowired
    RegistrationAdminService admin;

    @Autowired
    AgendaService agenda;

    @Autowired
    AfterSessionService after;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    RegistrationLinkRepository links;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ForumFixtures fixtures;

    java.time.Instant started;

    @BeforeEach
    void fixtures() {
        fixtures.ready();
        started = clock.instant();
    }

    /** Other tests in this JVM share the clock and the demo data dated from the real time: put it back. */
    @AfterEach
    void backToNow() {
        clock.advance(Duration.between(clock.instant(), started));
    }

    @Test
    void a_sign_up_counts_only_once_the_emailed_link_is_clicked() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Adaeze Morrow");

        var result = signUps.signUp(session.id(), form("Adaeze Morrow", email), Locale.ENGLISH, "10.0.0.1");

        assertThat(result.outcome()).isEqualTo(Outcome.EMAILED);
        assertThat(placesTaken(session)).isZero();
        var mail = fixtures.lastMailTo(email);
        assertThat(mail.subject()).isEqualTo("Please confirm your place: Test forum " + seriesSlug(session));
        assertThat(mail.text()).contains("Hello Adaeze Morrow,").contains("Confirm my place: http")
                .contains("Manage or cancel: http").contains("St Columba's Church Hall, 14 Abbey Road");
        assertThat(mail.html()).contains("/signup/confirm?t=").contains("/signup/manage?t=");

        var confirmToken = token(CONFIRM, mail);
        assertThat(signUps.confirmPage(confirmToken, Locale.ENGLISH).state()).isEqualTo(LinkState.VALID);
        assertThat(placesTaken(session)).as("opening the page changes nothing").isZero();
        var confirmation = signUps.confirm(confirmToken);

        assertThat(confirmation.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(placesTaken(session)).isEqualTo(1);
        assertThat(fixtures.lastMailTo(email).subject()).startsWith("You have a place");
        assertThat(signUps.confirm(confirmToken).state()).as("a link works once").isEqualTo(LinkState.USED);
    }

    @Test
    void links_are_kept_only_as_hashes_and_an_expired_one_offers_a_fresh_link() {
        var session = fixtures.session(Duration.ofDays(20), 13, false, Set.of());
        var email = unique("Bilal Kestrel");
        signUps.signUp(session.id(), form("Bilal Kestrel", email), Locale.ENGLISH, "10.0.0.2");
        var confirmToken = token(CONFIRM, fixtures.lastMailTo(email));

        assertThat(links.findByTokenHash(confirmToken)).isEmpty();
        assertThat(links.findByTokenHash(LinkTokens.hash(confirmToken))).isPresent();

        clock.advance(Duration.ofDays(4));
        assertThat(signUps.confirmPage(confirmToken, Locale.ENGLISH).state()).isEqualTo(LinkState.EXPIRED);
        assertThat(signUps.confirm(confirmToken).state()).isEqualTo(LinkState.EXPIRED);
        assertThat(placesTaken(session)).isZero();

        assertThat(signUps.sendFreshLink(confirmToken)).isEqualTo(SignUpService.FreshLink.SENT);
        var fresh = token(CONFIRM, fixtures.lastMailTo(email));
        assertThat(fresh).isNotEqualTo(confirmToken);
        assertThat(signUps.confirm(fresh).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(signUps.confirmPage("not-a-real-token", Locale.ENGLISH).state()).isEqualTo(LinkState.UNKNOWN);
    }

    @Test
    void no_link_token_stays_in_the_outbox_once_its_email_is_delivered() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Tegan Ashdown");
        signUps.signUp(session.id(), form("Tegan Ashdown", email), Locale.ENGLISH, "10.0.1.7");
        var confirmMail = fixtures.lastMailTo(email);
        signUps.confirm(token(CONFIRM, confirmMail));
        var placeMail = fixtures.lastMailTo(email);

        for (var token : new String[] {token(CONFIRM, confirmMail), token(MANAGE, confirmMail),
            token(MANAGE, placeMail)}) {
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where payload like ?", Integer.class,
                    "%" + token + "%")).as("outbox rows holding a token").isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, email))
                .as("the mails themselves are still listed").isEqualTo(2);
    }

    @Test
    void signing_up_again_with_the_same_email_resends_the_link_and_never_makes_a_second_registration() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Carys Penhallow");
        signUps.signUp(session.id(), form("Carys Penhallow", email), Locale.ENGLISH, "10.0.0.3");
        signUps.signUp(session.id(), form("Carys Penhallow", email.toUpperCase(Locale.ROOT)), Locale.ENGLISH,
                "10.0.0.3");

        assertThat(registrations.findBySessionIdOrderByCreatedAtAsc(session.id())).hasSize(1);
        assertThat(fixtures.mailTo(email)).hasSize(2).allMatch(m -> m.subject().startsWith("Please confirm"));

        signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        signUps.signUp(session.id(), form("Carys Penhallow", email), Locale.ENGLISH, "10.0.0.3");
        var again = fixtures.lastMailTo(email);
        assertThat(again.subject()).startsWith("Your link");
        assertThat(placesTaken(session)).isEqualTo(1);
    }

    @Test
    void signing_up_again_with_an_existing_address_changes_nothing_and_only_resends_that_persons_link() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Delyth Marchbank");
        signUps.signUp(session.id(), new SignUp("Delyth Marchbank", email, "Riverside Youth Club", "Hearing loop",
                true, null), Locale.ENGLISH, "10.0.1.1");
        signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        var before = registrations.findBySessionIdAndEmail(session.id(), email).orElseThrow();

        var result = signUps.signUp(session.id(), new SignUp("Someone Else", email, "Another Club", null, true, null),
                POLISH, "10.0.1.2");

        assertThat(result.outcome()).as("the same answer as for a new address").isEqualTo(Outcome.EMAILED);
        var after = registrations.findBySessionIdAndEmail(session.id(), email).orElseThrow();
        assertThat(after.getName()).isEqualTo("Delyth Marchbank");
        assertThat(after.getOrganisation()).isEqualTo("Riverside Youth Club");
        assertThat(after.getAccessibilityNeeds()).isEqualTo("Hearing loop");
        assertThat(after.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(after.getConsentedAt()).isEqualTo(before.getConsentedAt());
        assertThat(after.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        var resent = fixtures.lastMailTo(email);
        assertThat(resent.subject()).startsWith("Your link");
        assertThat(resent.text()).contains("Hello Delyth Marchbank,").doesNotContain("Someone Else");
        assertThat(signUps.manage(token(MANAGE, resent), Locale.ENGLISH).orElseThrow().organisation())
                .isEqualTo("Riverside Youth Club");
    }

    @Test
    void a_cancelled_registration_starts_again_only_when_the_resent_confirm_link_is_followed() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Emrys Holloway");
        signUps.signUp(session.id(), form("Emrys Holloway", email), Locale.ENGLISH, "10.0.1.3");
        signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        signUps.cancel(token(MANAGE, fixtures.lastMailTo(email)));

        signUps.signUp(session.id(), new SignUp("Not Emrys", email, null, null, true, null), Locale.ENGLISH,
                "10.0.1.4");

        var registration = registrations.findBySessionIdAndEmail(session.id(), email).orElseThrow();
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registration.getName()).isEqualTo("Emrys Holloway");
        var confirmMail = fixtures.lastMailTo(email);
        assertThat(confirmMail.subject()).startsWith("Please confirm");

        assertThat(signUps.confirm(token(CONFIRM, confirmMail)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(placesTaken(session)).isEqualTo(1);
        assertThat(registrations.findBySessionIdAndEmail(session.id(), email).orElseThrow().getName())
                .isEqualTo("Emrys Holloway");
    }

    @Test
    void a_typed_name_that_is_not_plain_words_never_reaches_the_email_which_greets_without_it() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Spam Name");

        signUps.signUp(session.id(), form("Win £500 <b>now</b> at http://spam.example", email), Locale.ENGLISH,
                "10.0.1.5");

        var mail = fixtures.lastMailTo(email);
        assertThat(mail.text()).startsWith("Northshire").containsPattern("\\RHello,\\R").doesNotContain("spam.example")
                .doesNotContain("Win");
        assertThat(mail.html()).contains("<p>Hello,</p>").doesNotContain("spam.example").doesNotContain("&lt;b&gt;");

        var polish = unique("Zofia");
        signUps.signUp(session.id(), form("Zofia  Wróblewska", polish), POLISH, "10.0.1.6");
        assertThat(fixtures.lastMailTo(polish).text()).contains("Dzień dobry, Zofia Wróblewska,");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_stores_nothing() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());

        var result = signUps.signUp(session.id(), new SignUp(" ", "not-an-email", "x".repeat(201), null, false, null),
                Locale.ENGLISH, "10.0.0.4");

        assertThat(result.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(result.problems()).containsEntry("name", "forum.signup.name.required")
                .containsEntry("email", "forum.signup.email.invalid")
                .containsEntry("organisation", "forum.signup.organisation.too-long")
                .containsEntry("consent", "forum.signup.consent.required");
        assertThat(registrations.findBySessionIdOrderByCreatedAtAsc(session.id())).isEmpty();
    }

    @Test
    void a_robot_filling_the_hidden_field_is_told_all_is_well_and_nothing_is_kept_or_sent() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        var email = unique("Robot");

        var result = signUps.signUp(session.id(), new SignUp("Robot", email, null, null, true, "http://spam.example"),
                Locale.ENGLISH, "10.0.0.5");

        assertThat(result.outcome()).isEqualTo(Outcome.EMAILED);
        assertThat(registrations.findBySessionIdOrderByCreatedAtAsc(session.id())).isEmpty();
        assertThat(fixtures.mailTo(email)).isEmpty();
    }

    @Test
    void one_address_can_sign_up_only_so_often() {
        var session = fixtures.session(Duration.ofDays(10), 100, false, Set.of());
        var address = "10.9.9." + (System.nanoTime() % 200);
        for (int i = 0; i < 10; i++) {
            assertThat(signUps.signUp(session.id(), form("Person " + i, unique("person" + i)), Locale.ENGLISH,
                    address).outcome()).isEqualTo(Outcome.EMAILED);
        }
        assertThat(signUps.signUp(session.id(), form("One too many", unique("many")), Locale.ENGLISH, address)
                .outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(signUps.signUp(session.id(), form("Someone else", unique("else")), Locale.ENGLISH, "10.8.8.8")
                .outcome()).isEqualTo(Outcome.EMAILED);
    }

    @Test
    void a_full_session_has_a_waiting_list_and_a_cancellation_promotes_the_first_person_waiting_and_emails_them() {
        var session = fixtures.session(Duration.ofDays(10), 1, false, Set.of());
        var first = unique("Dariusz Wren");
        var second = unique("Efua Lindqvist");
        var third = unique("Farid Ashcombe");
        for (var email : new String[] {first, second, third}) {
            signUps.signUp(session.id(), form("Person", email), email.equals(second) ? POLISH : Locale.ENGLISH,
                    "10.0.0.6");
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        }
        assertThat(fixtures.lastMailTo(second).subject()).startsWith("Jesteś na liście oczekujących");
        assertThat(fixtures.lastMailTo(third).text()).contains("number 2 on the waiting list");
        var page = forums.sessionPage(seriesSlug(session), session.slug(), Locale.ENGLISH).orElseThrow().session();
        assertThat(page.full()).isTrue();
        assertThat(page.waiting()).isEqualTo(2);

        var manageFirst = token(MANAGE, fixtures.lastMailTo(first));
        assertThat(signUps.cancel(manageFirst)).isTrue();

        var promoted = fixtures.lastMailTo(second);
        assertThat(promoted.subject()).startsWith("Zwolniło się miejsce dla Ciebie");
        assertThat(promoted.text()).contains("Dzień dobry").contains("zrezygnuj");
        assertThat(fixtures.lastMailTo(first).subject()).startsWith("Your registration is cancelled");
        assertThat(signUps.manage(token(MANAGE, promoted), POLISH).orElseThrow().status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(signUps.manage(token(MANAGE, fixtures.lastMailTo(third)), Locale.ENGLISH).orElseThrow()
                .waitingPosition()).isEqualTo(1);
        assertThat(placesTaken(session)).isEqualTo(1);
    }

    @Test
    void registered_people_propose_and_support_topics_until_the_session_starts() {
        var session = fixtures.session(Duration.ofDays(3), 13, false, Set.of());
        var proposer = unique("Grace Tollemache");
        var supporter = unique("Hamza Quillfeather");
        for (var email : new String[] {proposer, supporter}) {
            signUps.signUp(session.id(), form("Person", email), Locale.ENGLISH, "10.0.0.7");
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        }
        var mine = token(MANAGE, fixtures.lastMailTo(proposer));
        var theirs = token(MANAGE, fixtures.lastMailTo(supporter));

        assertThat(agenda.proposeTopic(mine, " ", null)).containsEntry("title", "forum.topic.title.required");
        assertThat(agenda.proposeTopic(mine, "Scam calls targeting older people", "Many in our mosque")).isEmpty();
        var topic = agenda.topics(theirs).getFirst();
        assertThat(topic.supporters()).isEqualTo(1);
        assertThat(topic.mine()).isFalse();

        assertThat(agenda.toggleSupport(theirs, topic.id())).isTrue();
        assertThat(agenda.topics(mine).getFirst().supporters()).isEqualTo(2);

        clock.advance(Duration.ofDays(3).plusHours(1));
        assertThat(agenda.proposeTopic(mine, "Too late", null)).containsEntry("title", "forum.topic.closed");
        assertThat(signUps.manage(mine, Locale.ENGLISH).orElseThrow().feedbackOpen()).isTrue();
        assertThat(after.giveFeedback(mine, "Good session", true)).isEmpty();
    }

    @Test
    void a_listening_circle_tells_where_it_meets_only_to_approved_people() {
        var session = fixtures.session(Duration.ofDays(10), 10, true, Set.of());
        var email = unique("Ines Varga");
        signUps.signUp(session.id(), form("Ines Varga", email), Locale.ENGLISH, "10.0.0.8");

        var page = forums.sessionPage(seriesSlug(session), session.slug(), Locale.ENGLISH).orElseThrow().session();
        assertThat(page.venueName()).isNull();
        assertThat(page.onlineUrl()).isNull();
        var confirmMail = fixtures.lastMailTo(email);
        assertThat(confirmMail.text()).doesNotContain("St Columba").doesNotContain("meet.example");

        signUps.confirm(token(CONFIRM, confirmMail));
        var placeMail = fixtures.lastMailTo(email);
        assertThat(placeMail.text()).doesNotContain("St Columba").contains("A facilitator will look at");
        var manage = token(MANAGE, placeMail);
        assertThat(signUps.manage(manage, Locale.ENGLISH).orElseThrow().where()).isNull();

        var registration = registrations.findBySessionIdAndEmail(session.id(), email).orElseThrow();
        org.neighbourhood.SignedIn.as(security, "admin", "ADMIN");
        try {
            admin.decide(registration.getId(), Approval.APPROVED);
        } finally {
            security.clearContext();
        }
        var approved = fixtures.lastMailTo(email);
        assertThat(approved.subject()).startsWith("Where your circle meets");
        assertThat(approved.text()).contains("St Columba's Church Hall").contains("https://meet.example/test");
        assertThat(signUps.manage(manage, Locale.ENGLISH).orElseThrow().where()).isNotNull();
    }

    private int placesTaken(SessionFacts session) {
        return forums.sessionPage(seriesSlug(session), session.slug(), Locale.ENGLISH).orElseThrow().session()
                .placesTaken();
    }

    private static String seriesSlug(SessionFacts session) {
        return session.seriesSlug();
    }
}
