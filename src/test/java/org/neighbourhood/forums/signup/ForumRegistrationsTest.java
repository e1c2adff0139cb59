package org.neighbourhood.forums.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.forums.ForumFixtures.CONFIRM;
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
import org.neighbourhood.SignedIn;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.RegistrationRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The sign-ups as the back office and the portal's own jobs run them: places given out when a session grows,
 * cancelling for someone exactly as they would themselves, reminders sent once, and erasure after the retention
 * period.
 */
@SpringBootTest
class ForumRegistrationsTest {

    @Autowired
    SignUpService signUps;

    @Autowired
    RegistrationAdminService admin;

    @Autowired
    SeriesAdminService series;

    @Autowired
    ReminderService reminders;

    @Autowired
    RetentionService retention;

    @Autowired
    RegistrationRepository registrations;

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
    void more_places_go_to_the_people_waiting_in_order() {
        var session = fixtures.session(Duration.ofDays(10), 1, false, Set.of());
        var emails = new String[] {unique("Maryam Oduya"), unique("Niamh Castellan"), unique("Oskar Brightwater")};
        for (var email : emails) {
            signUps.signUp(session.id(), form("Person", email), Locale.ENGLISH, "10.3.0.1");
            signUps.confirm(token(CONFIRM, fixtures.lastMailTo(email)));
        }
        SignedIn.as(security, "admin", "ADMIN");
        var row = series.sessions(session.seriesId()).getFirst();
        series.updateSession(row.id(), row.version(), ForumFixtures.withCapacity(row.content(), 2));

        assertThat(fixtures.lastMailTo(emails[1]).subject()).startsWith("A place has come up for you");
        assertThat(fixtures.lastMailTo(emails[2]).subject()).startsWith("You are on the waiting list");
        assertThat(admin.placeCounts(session.seriesId()).get(session.id()).confirmed()).isEqualTo(2);
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
        assertThat(admin.placeCounts(session.seriesId()).get(session.id()).confirmed()).isEqualTo(1);

        clock.advance(Duration.ofDays(31));
        outboxRetention.purgeExpired();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? or payload like ?",
                Integer.class, email, "%Kasia Frost%")).as("the outbox forgets them too, long before a year").isZero();
    }

}
