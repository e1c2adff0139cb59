package org.neighbourhood.forums.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.forums.ForumFixtures.CONFIRM;
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
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.ForumService;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.SignUp;
import org.neighbourhood.forums.signup.SignUpService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** After a session: attendance, actions, follow-up, and the board's report with small counts suppressed. */
@SpringBootTest
class ForumReportTest {

    @Autowired
    SignUpService signUps;

    @Autowired
    RegistrationAdminService admin;

    @Autowired
    AgendaService agenda;

    @Autowired
    AfterSessionService after;

    @Autowired
    ForumReport report;

    @Autowired
    ForumService forums;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

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

        assertThat(admin.nonAttendees(session.seriesId())).extracting(RegistrationAdminService.FollowUp::name)
                .containsExactly(rows.getFirst().name());
        var page = forums.seriesPage(session.seriesSlug(), Locale.ENGLISH).orElseThrow();
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


    private static ActionContent action(boolean published) {
        return new ActionContent("Residents near the canal feel unsafe after dark",
                "Extra evening foot patrols along the towpath", "Riverside team", LocalDate.now().plusDays(20),
                ActionStatus.IN_PROGRESS, published);
    }
}
