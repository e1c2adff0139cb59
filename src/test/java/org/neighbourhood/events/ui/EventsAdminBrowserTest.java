package org.neighbourhood.events.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

class EventsAdminBrowserTest extends BrowserTest {

    @Test
    void an_editor_publishes_an_event_and_residents_find_it_with_a_calendar_file() {
        var title = "Bike marking at the bus station " + System.nanoTime();
        signIn("editor.riverside", "demo");
        openSettled("/admin/events");
        assertNoViolations("/admin/events");

        page.getByLabel("Title (English)").fill(title);
        page.getByLabel("Venue", new Page.GetByLabelOptions().setExact(true)).fill("Riverside Bus Station");
        page.getByLabel("Accessibility notes (English)").fill("Step-free; covered seating.");
        page.getByText("Publish now").click();
        page.waitForSelector("text=Published: it is public now.");

        open("/events?neighbourhood=riverside");
        page.getByText(title).click();
        page.waitForSelector("h1:has-text('" + title + "')");
        assertThat(page.textContent("main")).contains("Riverside Bus Station").contains("Step-free; covered seating.");
        var calendar = page.getByText("Add to calendar (.ics)").getAttribute("href");
        var response = page.request().get(url(calendar));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).contains("SUMMARY:" + title.substring(0, 20));
        assertNoViolations("an event page");
    }

    @Test
    void an_online_event_without_a_link_is_not_saved_and_says_why() {
        signIn("editor.riverside", "demo");
        openSettled("/admin/events");

        page.getByLabel("Title (English)").fill("Online surgery");
        page.getByLabel("How to take part").getByText("Online", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();

        page.waitForSelector("text=An online or hybrid event needs an https link to join.");
        assertThat(page.getByLabel("Title (English)").inputValue()).isEqualTo("Online surgery");
    }
}
