package org.neighbourhood.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighbourhood.forums.ForumFixtures.CONFIRM;
import static org.neighbourhood.forums.ForumFixtures.form;
import static org.neighbourhood.forums.ForumFixtures.token;
import static org.neighbourhood.forums.ForumFixtures.unique;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.ForumAdminService.RegistrationRow;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.report.ForumReport;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Running a forum: who may, attendance and follow-up, reminders sent once, and the board's report. */
@SpringBootTest
class ForumAdminTest {

    @Autowired
    SignUpService signUps;

    @Autowired
    ForumAdminService admin;

    @Autowired
    AgendaService agenda;

    @Autowired
    AfterSessionService after;

    @Autowired
    ForumReport report;

    @Autowired
    ReminderService reminders;

    @Autowired
    ForumService forums;

    @Autowired
    RetentionService retention;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    UserService users;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @Autowired
    org.neighbourhood.mail.OutboxRetention outboxRetention;

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

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void a_series_the_service_refuses_is_refused_with_a_message_key_naming_the_field_not_an_english_sentence() {
        SignedIn.as(security, "admin", "ADMIN");
        var content = new SeriesContent("Taken", null, "Summary", null, null, null, null, null, false);

        assertThatThrownBy(() -> admin.createSeries("community-leaders-forum", content, Set.of()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.key()).isEqualTo("refusal.forum.slug");
                    assertThat(refused.field()).isEqualTo("slug");
                    assertThat(refused.arguments()).containsExactly("community-leaders-forum");
                });
        assertThatThrownBy(() -> admin.createSeries("nameless-" + System.nanoTime(),
                new SeriesContent(" ", null, "Summary", null, null, null, null, null, false), Set.of()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.key()).isEqualTo("refusal.invalid");
                    assertThat(refused.field()).isEqualTo("name");
                });
    }

    @Test
    void a_facilitator_manages_only_the_series_they_are_assigned_to() {
        long facilitator = accountId("facilitator");
        var theirs = fixtures.session(Duration.ofDays(5), 13, false, Set.of(facilitator));
        var other = fixtures.session(Duration.ofDays(5), 13, false, Set.of());

        SignedIn.as(security, "facilitator", "FACILITATOR");
        assertThat(admin.managedSeries()).extracting(ForumAdminService.SeriesRow::id).contains(theirs.seriesId())
                .doesNotContain(other.seriesId());
        assertThat(admin.sessions(theirs.seriesId())).hasSize(1);
        assertThatThrownBy(() -> admin.sessions(other.seriesId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.publishAgenda(other.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> after.createAction(other.id(), action(true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.csv(other.seriesId(), LocalDate.EPOCH, LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createSeries("not-mine-" + System.nanoTime(),
                new SeriesContent("Mine", null, "Summary", null, null, null, null, null, true), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        agenda.publishAgenda(theirs.id(), true);

        SignedIn.as(security, "editor.riverside", "EDITOR");
        assertThat(admin.managedSeries()).isEmpty();
        assertThatThrownBy(() -> admin.sessions(theirs.seriesId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reminders_go_once_to_people_with_a_place_48_hours_before() {
        var session = fixtures.session(Duration.ofDays(4), 13, false, Set.of());
        var expected = unique("Jonah Blackwood");
        var unconfirmed = unique("Leon Marchetti");
        signUps.signUp(session.id(), form("Jonah Blackwood", expected), Locale.ENGLISH, "10.1.0.1");
        signUps.confirm(token(CONFIRM, fixtures.lastMailTo(expected)));
        signUps.signUp(session.id(), form("Leon Marchetti", unconfirmed), Locale.ENGLISH, "10.1.0.1");
        // As the schedule runs it: the portal itself, which counts as an administrator.
        SignedIn.as(security, "admin", "ADMIN");

        reminders.sendDue();
        assertThat(fixtures.mailTo(expected)).noneMatch(m -> m.subject().startsWith("Reminder"));

        clock.advance(Duration.ofDays(2).plusHours(1));
        reminders.sendDue();
        reminders.sendDue();

        assertThat(fixtures.mailTo(expected)).filteredOn(m -> m.subject().startsWith("Reminder")).hasSize(1)
                .first().satisfies(m -> assertThat(m.text()).contains("St Columba's Church Hall"));
        assertThat(fixtures.mailTo(unconfirmed)).noneMatch(m -> m.subject().startsWith("Reminder"));
    }

    @Test
    void attendance_actions_follow_up_and_the_report_with_small_counts_suppressed() throws Exception {
        var session = fixtures.session(Duration.ofDays(1), 13, false, Set.of());
        String[] people = new String[7];
        for (int i = 0; i < people.length; i++) {
            people[i] = unique("Attendee " + i);
            signUps.signUp(session.id(), new SignUp("Attendee " + i, people[i],
                    i < 6 ? "Northshire Central Mosque" : "Riverside Youth Club", null, true, null), Locale.ENGLISH,
                    "10.2.0." + i);
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(people[i])));
        }
        clock.advance(Duration.ofDays(1).plusHours(3));

        SignedIn.as(security, "admin", "ADMIN");
        var rows = admin.registrations(session.id());
        for (int i = 0; i < rows.size(); i++) {
            admin.recordAttendance(rows.get(i).id(), i != 0);
        }
        after.createAction(session.id(), action(true));
        after.createAction(session.id(), new ActionContent("Draft only", "Not yet public", "Chairs", null,
                ActionStatus.OPEN, false));

        assertThat(admin.nonAttendees(session.seriesId())).extracting(ForumAdminService.FollowUp::name)
                .containsExactly(rows.getFirst().name());
        var seriesSlug = admin.managedSeries().stream().filter(s -> s.id() == session.seriesId()).findFirst()
                .orElseThrow().slug();
        var page = forums.seriesPage(seriesSlug, Locale.ENGLISH).orElseThrow();
        assertThat(page.actions()).extracting(ForumService.PublicAction::did)
                .containsExactly("Extra evening foot patrols along the towpath");

        var day = LocalDate.ofInstant(session.content().startsAt(), Zones.LONDON);
        var csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.csv(session.seriesId(), day.minusDays(1), day.plusDays(1))))
                .getRecords();
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("item")).isEqualTo("signed up");
            assertThat(r.get("count")).isEqualTo("7");
        });
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("item")).isEqualTo("attended");
            assertThat(r.get("count")).isEqualTo("6");
        });
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("item")).isEqualTo("did not attend");
            assertThat(r.get("count")).isEqualTo("fewer than 5");
        });
        assertThat(csv).as("a community of fewer than 5 is not named")
                .noneMatch(r -> r.get("item").contains("Riverside Youth Club"))
                .anySatisfy(r -> {
                    assertThat(r.get("section")).isEqualTo("community represented");
                    assertThat(r.get("item")).isEqualTo(ForumReport.OTHER_COMMUNITIES);
                    assertThat(r.get("count")).isEqualTo("fewer than 5");
                });
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("item")).isEqualTo("Northshire Central Mosque");
            assertThat(r.get("count")).isEqualTo("6");
        });
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("section")).isEqualTo("action");
            assertThat(r.get("status")).isEqualTo("IN_PROGRESS");
        });
        assertThat(String.join(",", csv.stream().map(Object::toString).toList())).doesNotContain("@example.org")
                .doesNotContain("Attendee");
    }

    @Test
    void the_report_never_writes_a_cell_a_spreadsheet_would_run_and_never_names_a_small_community() throws Exception {
        var session = fixtures.session(Duration.ofDays(1), 20, false, Set.of());
        String[] organisations = {"=HYPERLINK(\"http://evil.example\",\"x\")", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "Tiny Chess Club", "+cmd|' /C calc'!A0", "@SUM(1+1)"};
        String manage = "";
        for (int i = 0; i < organisations.length; i++) {
            var email = unique("Formula " + i);
            signUps.signUp(session.id(), new SignUp("Formula " + i, email, organisations[i], null, true, null),
                    Locale.ENGLISH, "10.2.1." + i);
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
            manage = token(ForumFixtures.MANAGE, fixtures.lastMailTo(email));
        }
        assertThat(agenda.proposeTopic(manage, "-1+1 more patrols", null)).isEmpty();
        SignedIn.as(security, "admin", "ADMIN");
        after.createAction(session.id(), new ActionContent("\tTabbed", "\rReturned", "@owner", null,
                ActionStatus.OPEN, true));

        var day = LocalDate.ofInstant(session.content().startsAt(), Zones.LONDON);
        var cells = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(report.csv(session.seriesId(), day, day))).getRecords().stream()
                .flatMap(r -> r.stream()).toList();

        assertThat(cells).as("no cell starts as a formula").noneMatch(cell -> !cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'-1+1 more patrols", "'@owner")
                .anyMatch(cell -> cell.startsWith("'\tTabbed"))
                .contains(ForumReport.OTHER_COMMUNITIES)
                .noneMatch(cell -> cell.contains("Tiny Chess Club") || cell.contains("calc") || cell.contains("SUM"));
    }

    @Test
    void more_places_go_to_the_people_waiting_in_order() {
        var session = fixtures.session(Duration.ofDays(10), 1, false, Set.of());
        var emails = new String[] {unique("Maryam Oduya"), unique("Niamh Castellan"), unique("Oskar Brightwater")};
        for (var email : emails) {
            signUps.signUp(session.id(), form("Person", email), Locale.ENGLISH, "10.3.0.1");
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        }
        SignedIn.as(security, "admin", "ADMIN");
        var row = admin.sessions(session.seriesId()).getFirst();
        var c = row.content();
        admin.updateSession(row.id(), row.version(), new SessionContent(c.title(), c.titlePl(), c.description(),
                c.descriptionPl(), c.format(), c.venueName(), c.venueAddress(), c.accessibilityNotes(), c.onlineUrl(),
                c.startsAt(), c.endsAt(), 2, c.chairs(), c.listeningCircle(), c.published()));

        assertThat(fixtures.lastMailTo(emails[1]).subject()).startsWith("A place has come up for you");
        assertThat(fixtures.lastMailTo(emails[2]).subject()).startsWith("You are on the waiting list");
        assertThat(admin.sessions(session.seriesId()).getFirst().confirmed()).isEqualTo(2);
    }

    @Test
    void a_facilitators_cancel_emails_the_person_and_gives_the_place_to_the_first_person_waiting_like_their_own() {
        var session = fixtures.session(Duration.ofDays(10), 1, false, Set.of());
        var emails = new String[] {unique("Priya Fenwick"), unique("Rahel Abernethy"), unique("Bilal Kestrel")};
        for (var email : emails) {
            signUps.signUp(session.id(), form("Person", email), Locale.ENGLISH, "10.3.0.2");
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        }
        SignedIn.as(security, "admin", "ADMIN");
        var first = admin.registrations(session.id()).getFirst();

        admin.cancelRegistration(first.id());
        admin.cancelRegistration(first.id());

        assertThat(fixtures.lastMailTo(emails[0]).subject()).startsWith("Your registration is cancelled");
        assertThat(fixtures.lastMailTo(emails[1]).subject()).startsWith("A place has come up for you");
        assertThat(fixtures.lastMailTo(emails[2]).subject()).startsWith("You are on the waiting list");
        assertThat(admin.registrations(session.id())).extracting(RegistrationRow::status).containsExactly(
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.CANCELLED);
    }

    @Test
    void after_the_retention_period_who_signed_up_is_forgotten_and_their_links_stop_but_the_counts_remain() {
        var session = fixtures.session(Duration.ofHours(3), 13, false, Set.of());
        var email = unique("Kasia Frost");
        signUps.signUp(session.id(), new SignUp("Kasia Frost", email, "Polish Saturday School", "Step-free access",
                true, null), Locale.ENGLISH, "10.4.0.1");
        signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        var manage = token(ForumFixtures.MANAGE, fixtures.lastMailTo(email));

        retention.eraseEndedBefore(session.content().endsAt());
        assertThat(registrations.findBySessionIdOrderByCreatedAtAsc(session.id()).getFirst().getEmail())
                .as("kept until the session has ended").isEqualTo(email);
        assertThat(retention.eraseEndedBefore(session.content().endsAt().plusSeconds(1))).isPositive();

        var erased = registrations.findBySessionIdOrderByCreatedAtAsc(session.id()).getFirst();
        assertThat(erased.getName()).isEmpty();
        assertThat(erased.getEmail()).startsWith("erased-").doesNotContain("kasia");
        assertThat(erased.getOrganisation()).isNull();
        assertThat(erased.getAccessibilityNeeds()).isNull();
        assertThat(signUps.manage(manage, Locale.ENGLISH)).isEmpty();
        SignedIn.as(security, "admin", "ADMIN");
        assertThat(admin.sessions(session.seriesId()).getFirst().confirmed()).isEqualTo(1);

        clock.advance(Duration.ofDays(31));
        outboxRetention.purgeExpired();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? or payload like ?",
                Integer.class, email, "%Kasia Frost%")).as("the outbox forgets them too, long before a year").isZero();
    }

    private static ActionContent action(boolean published) {
        return new ActionContent("Residents near the canal feel unsafe after dark",
                "Extra evening foot patrols along the towpath", "Riverside team", LocalDate.now().plusDays(20),
                ActionStatus.IN_PROGRESS, published);
    }

    private long accountId(String username) {
        SignedIn.as(security, "admin", "ADMIN");
        try {
            return users.findAll().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
        } finally {
            security.clearContext();
        }
    }
}
