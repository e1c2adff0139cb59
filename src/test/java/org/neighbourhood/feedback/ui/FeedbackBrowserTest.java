package org.neighbourhood.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;
import org.neighbourhood.mail.MailDispatcher;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The listening half of the portal in Chromium, as a Polish-speaking resident and the Riverside editor use it:
 * voice a concern, say a priority was not useful and tell the team why, read the receipt in the demo mailbox,
 * follow the private link; the editor answers from the inbox; the resident sees the answer on the page and in a
 * Polish email. Overdue items stand out in words and colour.
 */
class FeedbackBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT_LABEL = new Page.GetByLabelOptions().setExact(true);
    private static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/feedback/yours\\?t=[A-Za-z0-9_-]+)");

    @Autowired
    MailDispatcher dispatcher;

    @Test
    void a_resident_voices_a_concern_tells_the_team_more_and_reads_the_answer_in_polish() {
        openSettled("/neighbourhoods/riverside?lang=pl");
        var speeding = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Przekraczanie prędkości"));
        speeding.click();
        page.waitForSelector("text=Dziękujemy, policzyliśmy Twój głos: „Przekraczanie prędkości”.");
        assertThat(speeding.getAttribute("aria-pressed")).isEqualTo("true");
        assertNoViolations("a neighbourhood page after voicing a concern");

        openSettled("/neighbourhoods/riverside?lang=pl");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Przekraczanie prędkości"))
                .getAttribute("aria-pressed")).as("the cookie remembers the browser on its next visit").isEqualTo("true");

        page.locator(".priority-list .useful-question__answer", new Page.LocatorOptions().setHasText("Nie")).first()
                .click();
        page.waitForSelector("text=Dajesz nam znać, że to nie było przydatne.");
        assertNoViolations("the feedback form after “not useful”");
        var message = "Priorytet nie mówi nic o przejściu podziemnym " + System.nanoTime();
        var email = "mieszkanka." + System.nanoTime() + "@example.org";
        page.getByLabel("Twoja wiadomość", EXACT_LABEL).fill(message);
        page.getByLabel("Adres e-mail (nieobowiązkowo)", EXACT_LABEL).fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij")).click();
        page.waitForSelector("text=Dziękujemy: Twoja wiadomość do nas dotarła");
        var reference = page.locator(".feedback-page__reference").textContent().replace("Twój numer sprawy: ", "");
        assertThat(reference).matches("[A-Z]{3}-[A-Z0-9]{4,}");

        var link = linkFromMailbox(email, "Otrzymaliśmy Twoją wiadomość: " + reference);
        openSettled(link);
        assertThat(page.textContent("main")).contains(message).contains("Stan: Nowe");
        assertNoViolations("the resident's private page");

        var answer = "Dziękujemy. W przyszłym tygodniu sprawdzimy oświetlenie przejścia. " + System.nanoTime();
        answerAsTheRiversideEditor(reference, answer);

        openSettled(link);
        assertThat(page.textContent("main")).contains(answer).contains("Stan: Z odpowiedzią");
        linkFromMailbox(email, "Zespół dzielnicowy odpowiedział: " + reference);
    }

    @Test
    void a_concern_is_voiced_from_the_keyboard_in_welsh_and_focus_stays_on_its_button() {
        useContext(new Browser.NewContextOptions().setLocale("cy-GB"));
        openSettled("/neighbourhoods/riverside?lang=cy");
        var drugs = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cyffuriau"));
        assertThat(drugs.getAttribute("aria-pressed")).isEqualTo("false");

        drugs.focus();
        page.keyboard().press("Space");
        page.waitForSelector("text=Diolch: mae “Cyffuriau” wedi’i gyfrif.");

        assertThat(drugs.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(drugs.locator("vaadin-icon[icon='vaadin:check'][aria-hidden='true']").count()).isEqualTo(1);
        assertThat(drugs.evaluate("button => button === document.activeElement")).isEqualTo(true);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goryrru"))
                .getAttribute("aria-pressed")).as("only the pressed concern is marked").isEqualTo("false");
    }

    private void answerAsTheRiversideEditor(String reference, String answer) {
        var resident = page;
        var office = resident.context().browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        try {
            page = office.newPage();
            signIn("editor.riverside", "demo");
            openSettled("/admin/feedback");
            page.waitForSelector("vaadin-grid-cell-content:has-text('Overdue ·')");
            assertThat((Number) page.evaluate("() => document.querySelector('vaadin-grid').shadowRoot"
                    + ".querySelectorAll('[part~=\"overdue\"]').length")).as("overdue rows marked for colour too")
                    .satisfies(count -> assertThat(count.intValue()).isPositive());
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(reference)).first().click();
            page.waitForSelector("text=Feedback " + reference);
            assertThat(page.textContent("main")).contains("Sent from the page:")
                    .contains("The resident did not find it useful.");
            page.getByLabel("Answer to the resident", EXACT_LABEL).fill(answer);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer")).click();
            page.waitForSelector("text=Answer sent.");
            assertNoViolations("the feedback inbox with an answered item open");
        } finally {
            office.close();
            page = resident;
        }
    }

    /** Sends what is due, opens the demo mailbox, reads the mail with that subject and returns its link's path. */
    private String linkFromMailbox(String address, String subject) {
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox is empty
        }
        openSettled("/mailbox");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(subject)).first().click();
        page.waitForSelector("h2:has-text('" + subject + "')");
        assertThat(page.textContent("main")).contains(address);
        var matcher = LINK.matcher(page.locator("pre").first().textContent());
        if (!matcher.find()) {
            throw new AssertionError("No private link in the mail " + subject);
        }
        return matcher.group(1);
    }
}
