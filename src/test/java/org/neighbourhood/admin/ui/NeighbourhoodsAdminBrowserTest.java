package org.neighbourhood.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

class NeighbourhoodsAdminBrowserTest extends BrowserTest {

    @Test
    void an_administrator_changes_a_teams_phone_and_residents_see_it() {
        signIn("admin", "demo");
        openSettled("/admin/neighbourhoods");
        assertNoViolations("/admin/neighbourhoods");

        page.locator("vaadin-grid").getByText("Hollowmere", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Team phone").fill("01632 960 999");
        page.getByText("Save", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        page.waitForSelector("text=Saved.");

        open("/neighbourhoods/hollowmere");
        assertThat(page.textContent("main")).contains("01632 960 999");
    }

    @Test
    void a_coverage_file_with_bad_lines_is_reported_line_by_line_and_nothing_is_loaded() {
        signIn("admin", "demo");
        openSettled("/admin/neighbourhoods");

        page.locator(".importer").nth(1).locator("input[type=file]").setInputFiles(new FilePayload("coverage.csv",
                "text/csv", "postcode,neighbourhood\nNS1 4AB,riverside\nnonsense,riverside\n"
                        .getBytes(StandardCharsets.UTF_8)));

        page.waitForSelector("text=Nothing was loaded from coverage.csv");
        assertThat(page.textContent("main")).contains("line 3: “nonsense” is not a postcode or an outward code");
        open("/");
        page.fill("#postcode input", "NS1 4AB");
        page.keyboard().press("Enter");
        page.waitForURL("**/neighbourhoods/riverside");
    }
}
