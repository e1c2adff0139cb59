package org.neighbourhood.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.feedback.FeedbackService.InboxFilter;
import org.neighbourhood.feedback.FeedbackService.InboxOrder;
import org.neighbourhood.feedback.FeedbackService.Receipt;
import org.neighbourhood.feedback.FeedbackService.Submission;
import org.neighbourhood.feedback.FeedbackWorld.Team;
import org.neighbourhood.security.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Feedback as residents and a team meet it: what the form accepts, references, due times on a clock the tests
 * move (and put back), escalation, emails in the resident's language through a real SMTP catcher, spam, erasure
 * and the figures. Each test works in a neighbourhood of its own.
 */
@SpringBootTest
class FeedbackServiceTest {

    private static final Duration TARGET = Duration.ofHours(72);

    @Autowired
    FeedbackService feedback;

    @Autowired
    FeedbackFigures figures;

    @Autowired
    FeedbackRetention retention;

    @Autowired
    ConcernService concerns;

    @Autowired
    FeedbackWorld world;

    @Autowired
    MovableClock clock;

    @Autowired
    Permissions permissions;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    // ---- Sending ----

    @Test
    void a_robot_filling_the_honeypot_is_thanked_and_nothing_is_kept() {
        var team = world.newTeam(false);
        var receipt = feedback.submit(new Submission(team.neighbourhoodId(), Subject.DRUGS, "Buy cheap watches", null,
                null, false, "Bot", "bot@example.org", "http://spam.example"), Locale.ENGLISH, FeedbackWorld.address());

        assertThat(receipt.reference()).isNotBlank();
        assertThat(receipt.emailed()).isFalse();
        signInAs(team);
        assertThat(feedback.inboxCount(InboxFilter.all())).isZero();
        assertThat(feedback.inboxCount(InboxFilter.all().withSpam(true))).isZero();
    }

    @Test
    void more_than_ten_messages_an_hour_from_one_address_are_refused_and_the_next_hour_they_are_taken() {
        var team = world.newTeam(false);
        var address = FeedbackWorld.address();
        for (int i = 0; i < 10; i++) {
            feedback.submit(anonymous(team, "Message " + i), Locale.ENGLISH, address);
        }
        assertThatThrownBy(() -> feedback.submit(anonymous(team, "One too many"), Locale.ENGLISH, address))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("refusal.feedback.too-many"));
        assertThat(feedback.submit(anonymous(team, "From elsewhere"), Locale.ENGLISH, FeedbackWorld.address()))
                .isNotNull();
        clock.advance(Duration.ofHours(1));
        try {
            assertThat(feedback.submit(anonymous(team, "An hour later"), Locale.ENGLISH, address)).isNotNull();
        } finally {
            clock.advance(Duration.ofHours(-1));
        }
    }

    @Test
    void a_bad_email_an_empty_or_long_message_and_a_foreign_page_are_refused_by_message_key_and_field() {
        var team = world.newTeam(false);
        assertRefused(new Submission(team.neighbourhoodId(), Subject.ASB, "Noise at night", null, null, false, "Ann",
                "ann.at.example.org", null), "email", "refusal.email.invalid");
        assertRefused(new Submission(team.neighbourhoodId(), Subject.ASB, "   ", null, null, false, null, null, null),
                "message", "refusal.feedback.message.required");
        assertRefused(new Submission(team.neighbourhoodId(), Subject.ASB, "x".repeat(FeedbackService.MESSAGE_MAX + 1),
                null, null, false, null, null, null), "message", "refusal.feedback.message.too-long");
        assertRefused(new Submission(team.neighbourhoodId(), Subject.ASB, "Noise", "https://evil.example/", null,
                false, null, null, null), "page", "refusal.feedback.page");
        assertRefused(new Submission(-1L, Subject.ASB, "Noise", null, null, false, null, null, null), "neighbourhood",
                "refusal.feedback.neighbourhood");
        signInAs(team);
        assertThat(feedback.inboxCount(InboxFilter.all())).isZero();
    }

    @Test
    void anonymous_feedback_keeps_no_name_no_email_and_sends_nothing() {
        var team = world.newTeam(false);
        var email = FeedbackWorld.email();
        var receipt = feedback.submit(new Submission(team.neighbourhoodId(), Subject.SPEEDING, "Cars race on "
                + "Station Road", "/quayside", null, true, "Ann Smith", email, null), Locale.ENGLISH,
                FeedbackWorld.address());

        assertThat(receipt.emailed()).isFalse();
        var stored = jdbc.queryForMap("select name, email, consent_version from feedback where reference = ?",
                receipt.reference());
        assertThat(stored.values()).containsOnlyNulls();
        world.dispatchAll();
        assertThat(world.mailsTo(email)).isEmpty();
        signInAs(team);
        var item = feedback.open(onlyItem().id());
        assertThat(item.name()).isNull();
        assertThat(item.answerable()).isFalse();
        assertThat(item.page()).isEqualTo("/quayside");
    }

    @Test
    void feedback_with_an_email_keeps_the_consent_version_and_mails_a_receipt_with_a_private_link() {
        var team = world.newTeam(false);
        var email = FeedbackWorld.email();
        var receipt = feedback.submit(new Submission(team.neighbourhoodId(), Subject.LITTER, "Fly-tipping behind the "
                + "shops", "/quayside/priorities/litter", true, false, "Ann", email, null), Locale.ENGLISH,
                FeedbackWorld.address());

        assertThat(receipt.emailed()).isTrue();
        assertThat(jdbc.queryForObject("select consent_version from feedback where reference = ?", String.class,
                receipt.reference())).isEqualTo(FeedbackService.CONSENT_VERSION);
        var token = world.tokenMailedTo(email);
        var mail = world.mailsTo(email).getFirst();
        assertThat(mail.subject()).isEqualTo("We have your message: " + receipt.reference());
        assertThat(mail.text()).contains("Hello Ann,").contains(receipt.reference()).contains("999");
        assertThat(feedback.view(token)).hasValueSatisfying(view -> {
            assertThat(view.reference()).isEqualTo(receipt.reference());
            assertThat(view.message()).isEqualTo("Fly-tipping behind the shops");
            assertThat(view.status()).isEqualTo(FeedbackStatus.NEW);
        });
        assertThat(jdbc.queryForObject("select count(*) from feedback_link where token_hash = ?", Integer.class,
                token)).as("raw tokens stored").isZero();
    }

    // ---- References and time ----

    @Test
    void references_are_the_neighbourhoods_letters_and_four_unambiguous_characters_and_never_repeat() {
        var team = world.newTeam(false);
        var references = new HashSet<String>();
        var address = FeedbackWorld.address();
        for (int i = 0; i < 10; i++) {
            references.add(feedback.submit(anonymous(team, "Message " + i), Locale.ENGLISH, address).reference());
        }
        assertThat(references).hasSize(10)
                .allSatisfy(reference -> assertThat(reference).matches("QYS-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}"));
        assertThat(jdbc.queryForObject("select count(distinct reference) from feedback", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from feedback", Integer.class));
    }

    @Test
    void an_item_is_due_seventy_two_calendar_hours_after_it_came_and_overdue_after_that_first_in_the_inbox() {
        var team = world.newTeam(false);
        var start = clock.instant();
        var older = feedback.submit(anonymous(team, "Older"), Locale.ENGLISH, FeedbackWorld.address());
        clock.advance(Duration.ofHours(1));
        var newer = feedback.submit(anonymous(team, "Newer"), Locale.ENGLISH, FeedbackWorld.address());
        try {
            assertThat(Duration.between(clock.instant().truncatedTo(ChronoUnit.MICROS), newer.dueAt())).isEqualTo(TARGET);
            signInAs(team);
            assertThat(feedback.dueSummary()).isEqualTo(new FeedbackService.DueSummary(
                    dueBeforeMidnight(older) + dueBeforeMidnight(newer), 0));

            clock.advance(TARGET.minusHours(1).plusSeconds(1));
            var inbox = feedback.inbox(InboxFilter.all().withOrder(InboxOrder.MOST_OVERDUE), 0, 10);
            assertThat(inbox).extracting(FeedbackService.InboxItem::reference)
                    .containsExactly(older.reference(), newer.reference());
            assertThat(inbox.getFirst().overdue()).isTrue();
            assertThat(inbox.get(1).overdue()).isFalse();
            assertThat(feedback.dueSummary().overdue()).isEqualTo(1);
            assertThat(feedback.inbox(InboxFilter.all().withOrder(InboxOrder.NEWEST), 0, 10))
                    .extracting(FeedbackService.InboxItem::reference)
                    .containsExactly(newer.reference(), older.reference());

            feedback.answer(inbox.getFirst().id(), "We are on it.");
            assertThat(feedback.dueSummary().overdue()).isZero();
            assertThat(feedback.open(inbox.getFirst().id()).overdue()).isFalse();
        } finally {
            clock.advance(Duration.between(clock.instant(), start));
        }
    }

    @Test
    void escalation_is_refused_before_the_due_time_and_after_it_goes_to_the_neighbourhoods_sergeant_once() {
        var team = world.newTeam(true);
        var email = FeedbackWorld.email();
        feedback.submit(new Submission(team.neighbourhoodId(), Subject.BURGLARY, "Sheds broken into", null, null,
                false, "Ann", email, null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);

        assertThat(feedback.view(token).orElseThrow().mayEscalate()).isFalse();
        assertNotEscalatable(token);

        clock.advance(TARGET.plusMinutes(1));
        try {
            assertThat(feedback.view(token).orElseThrow().mayEscalate()).isTrue();
            var view = feedback.escalate(token);
            assertThat(view.escalatedAt()).isNotNull();
            assertThat(view.conversation()).anySatisfy(entry -> {
                assertThat(entry.kind()).isEqualTo(EntryKind.ESCALATION);
                assertThat(entry.body()).isEqualTo(FeedbackService.EscalatedTo.SENIOR_OFFICERS.name());
            });
            assertNotEscalatable(token);
            world.dispatchAll();
            assertThat(world.mailsTo(team.sergeantEmail())).singleElement()
                    .satisfies(mail -> assertThat(mail.subject()).startsWith("Escalated: feedback QYS-"));
            assertThat(world.mailsTo(team.editorEmail())).isEmpty();
        } finally {
            clock.advance(TARGET.plusMinutes(1).negated());
        }
    }

    @Test
    void without_a_sergeant_or_inspector_an_escalation_goes_to_the_neighbourhoods_editors() {
        var team = world.newTeam(false);
        var email = FeedbackWorld.email();
        feedback.submit(new Submission(team.neighbourhoodId(), Subject.ASB, "Shouting every night", null, null,
                false, null, email, null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);
        clock.advance(TARGET.plusMinutes(1));
        try {
            feedback.escalate(token);
            world.dispatchAll();
            assertThat(world.mailsTo(team.editorEmail())).hasSize(1);
        } finally {
            clock.advance(TARGET.plusMinutes(1).negated());
        }
    }

    @Test
    void once_answered_an_item_can_no_longer_be_escalated() {
        var team = world.newTeam(true);
        var email = FeedbackWorld.email();
        feedback.submit(new Submission(team.neighbourhoodId(), Subject.ASB, "Noise", null, null, false, null, email,
                null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);
        signInAs(team);
        feedback.answer(onlyItem().id(), "We will patrol on Friday.");
        securityContext.clearContext();
        clock.advance(TARGET.plusMinutes(1));
        try {
            assertNotEscalatable(token);
        } finally {
            clock.advance(TARGET.plusMinutes(1).negated());
        }
    }

    // ---- Answers, spam ----

    @Test
    void a_polish_resident_gets_the_answer_in_polish_and_sees_it_on_their_link() {
        var team = world.newTeam(false);
        var email = FeedbackWorld.email();
        var receipt = feedback.submit(new Submission(team.neighbourhoodId(), Subject.VEHICLE_CRIME, "Ktoś włamuje się "
                + "do samochodów", null, null, false, "Agnieszka", email, null), Locale.forLanguageTag("pl-PL"),
                FeedbackWorld.address());
        var receiptMail = world.tokenMailedTo(email);
        assertThat(world.mailsTo(email).getFirst().subject()).isEqualTo("Otrzymaliśmy Twoją wiadomość: "
                + receipt.reference());

        signInAs(team);
        var item = onlyItem();
        var answered = feedback.answer(item.id(), "Dziękujemy, patrol sprawdzi parking w piątek.");
        assertThat(answered.status()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(answered.firstAnsweredAt()).isNotNull();
        assertThat(answered.language()).isEqualTo(Locale.forLanguageTag("pl"));

        var token = world.tokenMailedTo(email);
        var mail = world.mailsTo(email).getFirst();
        assertThat(mail.subject()).isEqualTo("Zespół dzielnicowy odpowiedział: " + receipt.reference());
        assertThat(mail.text()).contains("Dzień dobry, Agnieszka,").contains("patrol sprawdzi parking w piątek")
                .contains("Zobacz rozmowę lub odpowiedz");
        assertThat(mail.html()).contains("<html lang=\"pl\">");
        assertThat(token).isNotEqualTo(receiptMail);
        assertThat(feedback.view(token).orElseThrow().conversation())
                .anySatisfy(entry -> assertThat(entry.body()).contains("patrol sprawdzi parking"));
    }

    @Test
    void notes_are_never_shown_to_the_resident_and_their_reply_brings_the_item_back_to_the_team() {
        var team = world.newTeam(false);
        var email = FeedbackWorld.email();
        feedback.submit(new Submission(team.neighbourhoodId(), Subject.ASB, "Noise", null, null, false, null, email,
                null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);
        signInAs(team);
        long id = onlyItem().id();
        feedback.note(id, "Known address: see the ASB log");
        feedback.answer(id, "We have spoken to the neighbours.");
        securityContext.clearContext();

        var view = feedback.addMessage(token, "It has started again.");
        assertThat(view.conversation()).extracting(FeedbackService.Entry::kind)
                .containsExactly(EntryKind.ANSWER, EntryKind.RESIDENT);
        assertThat(view.status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
    }

    @Test
    void an_item_marked_as_spam_leaves_the_inbox_and_its_sender_is_never_emailed_again() {
        var team = world.newTeam(true);
        var email = FeedbackWorld.email();
        feedback.submit(new Submission(team.neighbourhoodId(), Subject.OTHER, "Abuse", null, null, false, null, email,
                null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);
        signInAs(team);
        long id = onlyItem().id();
        feedback.markSpam(id);

        assertThat(feedback.inboxCount(InboxFilter.all())).isZero();
        assertThat(feedback.inbox(InboxFilter.all().withSpam(true), 0, 10)).singleElement()
                .satisfies(line -> assertThat(line.spam()).isTrue());
        assertThatThrownBy(() -> feedback.answer(id, "Go away")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.key()).isEqualTo("refusal.feedback.spam"));
        securityContext.clearContext();
        feedback.addMessage(token, "More abuse");
        clock.advance(TARGET.plusMinutes(1));
        try {
            assertNotEscalatable(token);
        } finally {
            clock.advance(TARGET.plusMinutes(1).negated());
        }
        world.dispatchAll();
        assertThat(world.mailsTo(email)).as("only the receipt, sent before it was marked").hasSize(1);
        assertThat(world.mailsTo(team.sergeantEmail())).isEmpty();
        signInAs(team);
        assertThat(feedback.inboxCount(InboxFilter.all())).as("still hidden after the sender wrote").isZero();
    }

    @Test
    void an_item_goes_only_to_someone_who_may_work_on_its_neighbourhood() {
        var team = world.newTeam(false);
        var other = world.newTeam(false);
        feedback.submit(anonymous(team, "Noise"), Locale.ENGLISH, FeedbackWorld.address());
        SignedIn.as(securityContext, other.editor(), "EDITOR");
        long otherEditor = permissions.signedInAccountId().orElseThrow();
        signInAs(team);
        long id = onlyItem().id();
        assertThat(feedback.assignable(id)).extracting(FeedbackService.Assignee::accountId)
                .contains(permissions.signedInAccountId().orElseThrow()).doesNotContain(otherEditor);

        assertThatThrownBy(() -> feedback.assign(id, otherEditor)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.key()).isEqualTo("refusal.feedback.assignee"));
        var assigned = feedback.assign(id, permissions.signedInAccountId().orElseThrow());
        assertThat(assigned.status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
        assertThat(feedback.assign(id, null).assigneeId()).isNull();
    }

    // ---- Retention ----

    @Test
    void a_year_after_closing_names_emails_and_every_word_are_erased_but_the_figures_stay() {
        var team = world.newTeam(false);
        var email = FeedbackWorld.email();
        var today = today();
        var receipt = feedback.submit(new Submission(team.neighbourhoodId(), Subject.DRUGS, "Dealing by the park",
                "/quayside", null, false, "Ann Smith", email, null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);
        signInAs(team);
        long id = onlyItem().id();
        feedback.note(id, "Passed to the drugs team");
        feedback.answer(id, "Thank you, we have passed this on.");
        feedback.close(id);
        var before = figures.figures(team.neighbourhoodId(), today, today.plusDays(1));
        securityContext.clearContext();

        clock.advance(Duration.ofDays(364));
        var later = Duration.ofDays(3);
        try {
            permissions.runAsSystem("test-retention", () -> retention.eraseExpired());
            assertThat(jdbc.queryForObject("select name from feedback where reference = ?", String.class,
                    receipt.reference())).as("still within the year").isEqualTo("Ann Smith");
            clock.advance(later);
            permissions.runAsSystem("test-retention", () -> assertThat(retention.eraseExpired()).isPositive());
        } finally {
            clock.advance(Duration.ofDays(364).plus(later).negated());
        }

        assertThat(feedback.view(token)).isEmpty();
        var row = jdbc.queryForMap("select name, email, message, page, subject, first_answered_at, closed_at "
                + "from feedback where reference = ?", receipt.reference());
        assertThat(row.get("name")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("message")).isEqualTo("");
        assertThat(row.get("page")).isNull();
        assertThat(row.get("subject")).isEqualTo("DRUGS");
        assertThat(row.get("first_answered_at")).isNotNull();
        assertThat(row.get("closed_at")).isNotNull();
        assertThat(jdbc.queryForList("select body from feedback_entry e join feedback f on f.id = e.feedback_id "
                + "where f.reference = ?", String.class, receipt.reference())).hasSize(2).containsOnly("");
        assertThat(jdbc.queryForObject("select count(*) from feedback_link l join feedback f on f.id = l.feedback_id "
                + "where f.reference = ?", Integer.class, receipt.reference())).isZero();
        signInAs(team);
        assertThat(figures.figures(team.neighbourhoodId(), today, today.plusDays(1))).isEqualTo(before);
    }

    // ---- Figures ----

    @Test
    void the_figures_of_a_small_known_month_are_counted_by_the_database() {
        var team = world.newTeam(false);
        var other = world.newTeam(false);
        var start = clock.instant();
        var today = today();
        var emails = new String[4];
        var references = new String[4];
        for (int i = 0; i < 4; i++) {
            emails[i] = FeedbackWorld.email();
            references[i] = feedback.submit(new Submission(team.neighbourhoodId(), Subject.ASB, "Message " + i, null,
                    null, false, null, emails[i], null), Locale.ENGLISH, FeedbackWorld.address()).reference();
        }
        feedback.submit(anonymous(other, "Elsewhere"), Locale.ENGLISH, FeedbackWorld.address());
        var spam = feedback.submit(anonymous(team, "Spam"), Locale.ENGLISH, FeedbackWorld.address());
        var lastToken = world.tokenMailedTo(emails[3]);
        signInAs(team);
        feedback.markSpam(idOf(spam));
        var voter = ConcernService.newBrowserToken();
        concerns.voice(team.neighbourhoodId(), Subject.ASB, voter, FeedbackWorld.address());
        concerns.voice(team.neighbourhoodId(), Subject.ASB, ConcernService.newBrowserToken(), FeedbackWorld.address());
        concerns.voice(team.neighbourhoodId(), Subject.SPEEDING, voter, FeedbackWorld.address());
        concerns.voice(other.neighbourhoodId(), Subject.DRUGS, voter, FeedbackWorld.address());
        try {
            // Answered after 10 hours, 20 hours and 100 hours (late); the fourth never, and escalated.
            clock.advance(Duration.ofHours(10));
            feedback.answer(idOf(references[0]), "Answer 0");
            clock.advance(Duration.ofHours(10));
            feedback.answer(idOf(references[1]), "Answer 1");
            clock.advance(Duration.ofHours(80));
            feedback.answer(idOf(references[2]), "Answer 2");
            securityContext.clearContext();
            feedback.escalate(lastToken);
            signInAs(team);

            var result = figures.figures(team.neighbourhoodId(), today.minusDays(1), today.plusDays(10));
            assertThat(result.received()).isEqualTo(4);
            assertThat(result.answered()).isEqualTo(3);
            assertThat(result.medianFirstAnswer()).isEqualTo(Duration.ofHours(20));
            assertThat(result.answeredWithinTarget()).isEqualTo(2);
            assertThat(result.decided()).isEqualTo(4);
            assertThat(result.shareWithinTarget()).isEqualTo(0.5);
            assertThat(result.escalations()).isEqualTo(1);
            assertThat(result.concernsVoiced()).isEqualTo(Map.of(Subject.ASB, 2L, Subject.SPEEDING, 1L));
            // The open data gives anyone the same figures of that one team, and no other team's.
            securityContext.clearContext();
            assertThat(figures.publicFigures(team.neighbourhoodId(), today.minusDays(1), today.plusDays(10)))
                    .isEqualTo(result);
            signInAs(team);

            clock.advance(Duration.ofHours(10));
            feedback.answer(idOf(references[3]), "Answer 3");
            // An even number answered: the median is the mean of the middle two, 20 and 100 hours.
            assertThat(figures.figures(team.neighbourhoodId(), today.minusDays(1), today.plusDays(10))
                    .medianFirstAnswer()).isEqualTo(Duration.ofHours(60));
            assertThat(figures.figures(team.neighbourhoodId(), today.plusDays(20), today.plusDays(30)).received())
                    .isZero();
        } finally {
            clock.advance(Duration.between(clock.instant(), start));
        }
    }

    // ---- Voiced concerns ----

    @Test
    void a_browser_voices_each_concern_once_a_month_and_again_the_next_month() {
        var team = world.newTeam(false);
        var browser = ConcernService.newBrowserToken();
        var month = concerns.currentMonth();
        assertThat(concerns.voice(team.neighbourhoodId(), Subject.LITTER, browser, FeedbackWorld.address())).isTrue();
        assertThat(concerns.voice(team.neighbourhoodId(), Subject.LITTER, browser, FeedbackWorld.address())).isFalse();
        assertThat(concerns.voice(team.neighbourhoodId(), Subject.ASB, browser, FeedbackWorld.address())).isTrue();
        assertThat(concerns.voice(team.neighbourhoodId(), Subject.LITTER, ConcernService.newBrowserToken(),
                FeedbackWorld.address())).isTrue();
        assertThat(concerns.topConcerns(team.neighbourhoodId(), month)).containsExactly(
                new ConcernService.ConcernCount(Subject.LITTER, 2), new ConcernService.ConcernCount(Subject.ASB, 1));

        var nextMonth = Duration.ofDays(32);
        clock.advance(nextMonth);
        try {
            assertThat(concerns.voice(team.neighbourhoodId(), Subject.LITTER, browser, FeedbackWorld.address()))
                    .isTrue();
            assertThat(concerns.topConcerns(team.neighbourhoodId(), month.plusMonths(1))).containsExactly(
                    new ConcernService.ConcernCount(Subject.LITTER, 1));
        } finally {
            clock.advance(nextMonth.negated());
        }
        assertThat(jdbc.queryForObject("select count(*) from feedback_concern where voter_hash = ?", Integer.class,
                browser)).as("raw browser tokens stored").isZero();
    }

    @Test
    void a_concern_the_force_does_not_offer_or_a_made_up_browser_token_is_refused() {
        var team = world.newTeam(false);
        assertThat(concerns.kinds()).doesNotContain(Subject.OTHER).contains(Subject.ASB);
        assertThatThrownBy(() -> concerns.voice(team.neighbourhoodId(), Subject.OTHER,
                ConcernService.newBrowserToken(), FeedbackWorld.address())).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> concerns.voice(team.neighbourhoodId(), Subject.ASB, "x", FeedbackWorld.address()))
                .isInstanceOf(Refusal.class);
    }

    // ---- Helpers ----

    private void signInAs(Team team) {
        SignedIn.as(securityContext, team.editor(), "EDITOR");
    }

    private static Submission anonymous(Team team, String message) {
        return new Submission(team.neighbourhoodId(), Subject.ASB, message, null, null, true, null, null, null);
    }

    private FeedbackService.InboxItem onlyItem() {
        var items = feedback.inbox(InboxFilter.all(), 0, 10);
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private long idOf(Receipt receipt) {
        return idOf(receipt.reference());
    }

    private long idOf(String reference) {
        return jdbc.queryForObject("select id from feedback where reference = ?", Long.class, reference);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.LONDON);
    }

    private long dueBeforeMidnight(Receipt receipt) {
        var midnight = today().plusDays(1).atStartOfDay(Zones.LONDON).toInstant();
        return receipt.dueAt().isBefore(midnight) ? 1 : 0;
    }

    private void assertRefused(Submission submission, String field, String key) {
        assertThatThrownBy(() -> feedback.submit(submission, Locale.ENGLISH, FeedbackWorld.address()))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.key()).isEqualTo(key);
                });
    }

    private void assertNotEscalatable(String token) {
        assertThatThrownBy(() -> feedback.escalate(token)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.key()).isEqualTo("refusal.feedback.not-escalatable"));
    }
}
