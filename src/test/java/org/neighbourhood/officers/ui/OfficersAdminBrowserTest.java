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

    @Test
    void an_officer_opens_my_profile_from_the_menu_and_changes_her_own_story() {
        var story = "On Saturdays I mark bikes outside the library " + System.nanoTime();
        signIn("officer.riverside", "demo");

        page.locator("vaadin-side-nav-item").getByText("My profile").click();
        page.waitForURL("**/admin/my-profile");
        page.waitForSelector("text=This is your public profile");
        assertNoViolations("/admin/my-profile");
        assertThat(page.getByLabel("Role (English)").isEditable()).as("her role is her editors' to change").isFalse();
        var bio = page.getByLabel("Why I do this job (English)");
        bio.fill(bio.inputValue() + "\n" + story);
        page.getByText("Save", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForSelector("text=Saved.");

        open("/officers/agnieszka-wroblewska");
        page.waitForSelector("text=" + story);
        open("/admin/officers");
        assertThat(page.textContent("h1")).isNotEqualTo("Officers");
    }
}
