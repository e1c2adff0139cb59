package org.neighbourhood.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

/**
 * Search as residents use it in Chromium: from the header by keyboard, through a typo, a word's start and a
 * Polish form, narrowed by kind and neighbourhood, at phone width; and an update published in the back office is
 * found a moment later and no longer once unpublished. Each state of the page passes an accessibility scan.
 */
class SearchBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT_LABEL = new Page.GetByLabelOptions().setExact(true);
    private static final Page.GetByTextOptions EXACT_TEXT = new Page.GetByTextOptions().setExact(true);

    @Test
    void a_resident_searches_from_the_header_by_keyboard_narrows_the_results_and_forgives_typos() {
        open("/");
        var box = page.getByRole(AriaRole.SEARCH).getByLabel("Search the portal");
        box.fill("bicylce theft");
        box.press("Enter");
        page.waitForURL("**/search?q=bicylce+theft");
        page.waitForSelector(".search-result");
        assertThat(page.textContent("main")).contains("Bicycle thefts");
        assertThat(page.locator(".search-result mark").count()).as("matched words marked").isPositive();
        assertNoViolations("/search with results");

        page.getByLabel("Search for", EXACT_LABEL).fill("riversi");
        page.waitForSelector(".search-result__title a[href='/neighbourhoods/riverside']");
        assertThat(page.locator(".search-page__status").textContent()).matches("\\d+ results? for “riversi”");
        page.waitForFunction("() => location.search.includes('q=riversi')");

        page.getByLabel("Search for", EXACT_LABEL).fill("riverside");
        page.waitForSelector("text=/\\d+ results? for “riverside”/");
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Updates (")).click();
        page.waitForFunction("() => [...document.querySelectorAll('.search-result__type')]"
                + ".every(type => type.textContent === 'Update')");
        page.waitForFunction("() => location.search.includes('type=update')");
        assertNoViolations("/search narrowed to updates");

        page.getByText("Clear all filters", EXACT_TEXT).first().click();
        page.waitForFunction("() => !location.search.includes('type=')");

        page.getByLabel("Search for", EXACT_LABEL).fill("zzqqxxwwvv");
        page.waitForSelector("text=Nothing found for “zzqqxxwwvv”.");
        assertNoViolations("/search with nothing found");
    }

    @Test
    void a_polish_reader_at_phone_width_finds_another_form_of_a_word() {
        page.setViewportSize(360, 780);
        open("/search?q=rowerem&lang=pl");
        page.waitForSelector(".search-result");
        assertThat(page.textContent("main")).contains("Bezpłatne znakowanie rowerów");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        assertNoViolations("/search in Polish at 360 px");

        open("/search?q=rowerem&lang=cy");
        page.waitForSelector(".search-page__status");
        assertNoViolations("/search in Welsh");
    }

    @Test
    void an_update_published_in_the_back_office_is_found_at_once_and_not_once_unpublished() {
        var word = "Narwhal" + Long.toString(System.nanoTime(), 36);
        var resident = page;
        var office = resident.context().browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        try {
            page = office.newPage();
            signIn("editor.riverside", "demo");
            openSettled("/admin/updates");
            page.getByLabel("Title (English)", EXACT_LABEL).fill(word + " spotted by the marina");
            page.getByLabel("Text (English, Markdown)", EXACT_LABEL).fill("A fictional sighting, for the search.");
            page.getByText("Save", EXACT_TEXT).click();
            page.waitForSelector("text=Saved.");
            var officePage = page;

            page = resident;
            open("/search?q=" + word);
            page.waitForSelector("text=Nothing found for “" + word + "”.");

            page = officePage;
            page.getByText("Publish now").click();
            page.waitForSelector("text=Published: it is public now.");

            page = resident;
            open("/search?q=" + word);
            page.waitForSelector(".search-result__title a:has-text('" + word + " spotted by the marina')");

            page = officePage;
            page.getByText("Unpublish", EXACT_TEXT).click();
            page.waitForSelector("text=/Unpublished/");

            page = resident;
            open("/search?q=" + word);
            page.waitForSelector("text=Nothing found for “" + word + "”.");
        } finally {
            page = resident;
            office.close();
        }
    }
}
