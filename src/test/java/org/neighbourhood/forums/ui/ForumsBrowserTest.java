package org.neighbourhood.forums.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.mail.MailDispatcher;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The whole forum loop in Chromium, as people do it: sign up, read the email in the demo mailbox, confirm,
 * propose and support a topic, cancel and see the next person promoted and emailed; then the chair records
 * attendance and an action, the public sees "You said, we did", and the board's report downloads.
 */
class ForumsBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT_LABEL = new Page.GetByLabelOptions().setExact(true);
    private static final Page.GetByTextOptions EXACT_TEXT = new Page.GetByTextOptions().setExact(true);
    private static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/signup/(?:confirm|manage)\\?t=[A-Za-z0-9_-]+)");

    @Autowired
    SeriesAdminService admin;

    @Autowired
    UserService users;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MovableClock clock;

    @Autowired
    ForumFixtures fixtures;

    @Test
    void sign_up_confirm_propose_cancel_promote_then_the_chair_records_attendance_and_actions_and_downloads_the_report()
            throws Exception {
        fixtures.ready();
        var session = fixtures.session(Duration.ofDays(6), 1, false, Set.of(facilitatorId()));
        var path = sessionPath(session);
        var first = ForumFixtures.unique("Adaeze Morrow");
        var second = ForumFixtures.unique("Bilal Kestrel");

        openSettled(path);
        assertThat(page.textContent("main")).contains("1 of 1 places left");
        assertNoViolations("a forum session page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
        page.waitForSelector("text=Please correct the 3 problems below.");
        assertNoViolations("the sign-up form with problems");
        page.getByLabel("Your name", EXACT_LABEL).fill("Adaeze Morrow");
        page.getByLabel("Email address", EXACT_LABEL).fill(first);
        page.getByRole(AriaRole.CHECKBOX).first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign up")).click();
        page.waitForSelector("text=Check your email");

        var confirm = linkFromMailbox(first, "Please confirm your place");
        open(confirm);
        assertNoViolations("the confirm page");
        page.getByText("Confirm my place", EXACT_TEXT).click();
        page.waitForSelector("h1:has-text('You are signed up')");

        // A second person finds the session full and joins the waiting list.
        openSettled(path);
        assertThat(page.textContent("main")).contains("This session is full");
        page.getByLabel("Your name", EXACT_LABEL).fill("Bilal Kestrel");
        page.getByLabel("Email address", EXACT_LABEL).fill(second);
        page.getByRole(AriaRole.CHECKBOX).first().check();
        page.getByText("Join the waiting list", EXACT_TEXT).click();
        page.waitForSelector("text=Check your email");
        open(linkFromMailbox(second, "Please confirm your place"));
        page.getByText("Confirm my place", EXACT_TEXT).click();
        page.waitForSelector("h1:has-text('You are on the waiting list')");

        // The first person proposes a topic through their link, the second supports it.
        open(linkFromMailbox(first, "You have a place"));
        page.getByLabel("Topic", EXACT_LABEL).fill("Safer crossings near the school");
        page.getByText("Propose topic", EXACT_TEXT).click();
        page.waitForSelector("h3:has-text('Safer crossings near the school')");
        assertNoViolations("the manage page");
        open(linkFromMailbox(second, "You are on the waiting list"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Support “Safer crossings near the school”"))
                .click();
        page.waitForSelector("text=2 supporters");

        // The first person cancels; the second gets the place and an email saying so.
        open(linkFromMailbox(first, "You have a place"));
        page.getByText("Cancel my place", EXACT_TEXT).click();
        page.getByText("Yes, cancel my place", EXACT_TEXT).click();
        page.waitForSelector("text=You have cancelled this registration.");
        open(linkFromMailbox(second, "A place has come up for you"));
        page.waitForSelector("text=You have a place.");

        // After the session, the chair records who came and what was done.
        var afterwards = Duration.ofDays(6).plusHours(3);
        clock.advance(afterwards);
        try {
            chairRecordsAndReports(session, path);
        } finally {
            clock.advance(afterwards.negated());
        }
    }

    private void chairRecordsAndReports(SessionFacts session, String path) throws Exception {
        signIn("facilitator", "demo");
        openSettled("/admin/forums");
        page.getByText(seriesName(session), EXACT_TEXT).click();
        page.getByText("Test session", EXACT_TEXT).first().click();
        page.getByText("Sign-ups and attendance", EXACT_TEXT).click();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Did Bilal Kestrel attend?"))
                .locator("vaadin-radio-button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Yes"))
                .click();
        page.waitForSelector("text=Attendance recorded for Bilal Kestrel.");
        assertNoViolations("the forum back office, sign-ups");
        page.getByText("Actions", EXACT_TEXT).first().click();
        page.getByLabel("What the community said", EXACT_LABEL).fill("Crossing near the school feels unsafe");
        page.getByLabel("What the police do or did", EXACT_LABEL).fill("Speed checks at school times for a month");
        page.getByLabel("Owner", EXACT_LABEL).fill("Riverside team");
        page.getByText("Publish as \"You said, we did\"").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).last().click();
        page.waitForSelector("text=Saved.");
        assertNoViolations("the forum back office, actions");

        var download = page.waitForDownload(() -> page.getByText("Download the report (CSV)").click());
        var csv = Files.readString(download.path());
        assertThat(csv).startsWith("section,session_date,session,item,status,owner,due_date,count")
                .contains("fewer than 5").contains("Safer crossings near the school")
                .doesNotContain("Bilal").doesNotContain("@example.org");

        openSettled(path.substring(0, path.lastIndexOf('/')) + "?lang=pl");
        assertThat(page.textContent("main")).contains("Powiedzieliście, zrobiliśmy")
                .contains("Speed checks at school times for a month");
        assertNoViolations("a forum series page in Polish");
    }

    /** Sends what is due, opens the demo mailbox, reads the newest mail to this address and returns its link's path. */
    private String linkFromMailbox(String address, String subject) {
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox is empty
        }
        openSettled("/mailbox");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(address)).first().click();
        page.waitForSelector("h2:has-text('" + subject + "')");
        var text = page.locator("pre").first().textContent();
        var wanted = subject.startsWith("Please confirm") ? "/signup/confirm" : "/signup/manage";
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).startsWith(wanted)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + wanted + " link in: " + text);
    }

    private long facilitatorId() {
        SignedIn.as(security, "admin", "ADMIN");
        try {
            return users.findAll().stream().filter(u -> u.username().equals("facilitator")).findFirst().orElseThrow()
                    .id();
        } finally {
            security.clearContext();
        }
    }

    private SeriesAdminService.SeriesRow series(SessionFacts session) {
        SignedIn.as(security, "admin", "ADMIN");
        try {
            return admin.managedSeries().stream().filter(s -> s.id() == session.seriesId()).findFirst().orElseThrow();
        } finally {
            security.clearContext();
        }
    }

    private String seriesName(SessionFacts session) {
        return series(session).content().text("en").name();
    }

    private String sessionPath(SessionFacts session) {
        return "/forums/" + series(session).slug() + "/" + session.slug();
    }
}
