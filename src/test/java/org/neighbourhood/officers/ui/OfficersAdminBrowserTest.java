package org.neighbourhood.officers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

class OfficersAdminBrowserTest extends BrowserTest {

    @Test
    void an_editor_changes_an_officers_bio_and_residents_then_read_it() {
        var bio = "I grew up two streets from the river and still swim in it " + System.nanoTime();
        signIn("editor.riverside", "demo");
        openSettled("/admin/officers");
        assertNoViolations("/admin/officers");

        page.locator("vaadin-grid").getByText("Tomasz Lis").click();
        page.getByLabel("Why I do this job (English)").fill(bio);
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForSelector("text=Saved.");
        assertNoViolations("the officer editor");

        open("/officers/tomasz-lis");
        page.waitForSelector("text=" + bio);
    }
}
