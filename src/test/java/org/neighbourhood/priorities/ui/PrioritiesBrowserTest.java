package org.neighbourhood.priorities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

class PrioritiesBrowserTest extends BrowserTest {

    @Test
    void an_editor_drafts_previews_and_publishes_a_priority_and_residents_then_see_it() {
        var issue = "Cars racing along the embankment at night " + System.nanoTime();
        signIn("editor.riverside", "demo");
        openSettled("/admin/priorities");
        assertNoViolations("/admin/priorities");

        page.getByLabel("You said (English)").fill(issue);
        page.getByLabel("We did (English)").fill("Average speed cameras requested from the council.");
        page.getByText("Save", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        page.waitForSelector("text=Saved.");
        assertThat(page.locator("vaadin-grid").textContent()).contains(issue);

        open("/neighbourhoods/riverside");
        assertThat(page.textContent("main")).doesNotContain(issue);

        openSettled("/admin/priorities");
        page.locator("vaadin-grid").getByText(issue).click();
        page.getByText("Preview", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG).getByText(issue).first().waitFor();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG).textContent())
                .contains("You said").contains("Zgłosiliście");
        assertNoViolations("the preview");
        page.getByText("Close", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Publish now").click();
        page.waitForSelector("text=Published: it is public now.");

        open("/neighbourhoods/riverside");
        page.waitForSelector("text=" + issue);
        assertThat(page.textContent(".priorities")).contains("You said").contains("Average speed cameras");
    }

    @Test
    void a_priority_without_the_issue_is_not_saved_and_the_field_says_why() {
        signIn("editor.riverside", "demo");
        openSettled("/admin/priorities");

        page.getByLabel("We did (English)").fill("Something we did");
        page.getByText("Save", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();

        page.waitForSelector("text=Write what residents said.");
        assertThat(page.getByLabel("We did (English)").inputValue()).isEqualTo("Something we did");
    }
}
