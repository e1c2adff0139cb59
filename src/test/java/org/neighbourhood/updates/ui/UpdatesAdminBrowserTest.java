package org.neighbourhood.updates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

class UpdatesAdminBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT_LABEL = new Page.GetByLabelOptions().setExact(true);
    private static final Page.GetByTextOptions EXACT_TEXT = new Page.GetByTextOptions().setExact(true);

    @Test
    void an_editor_writes_previews_and_publishes_an_update_and_residents_then_read_it() {
        var title = "Speed checks on Quay Street " + System.nanoTime();
        signIn("editor.riverside", "demo");
        openSettled("/admin/updates");
        assertNoViolations("/admin/updates");

        page.getByLabel("Title (English)", EXACT_LABEL).fill(title);
        page.getByLabel("Text (English, Markdown)", EXACT_LABEL)
                .fill("We ran **speed checks** by the school.\n\n- 112 cars checked\n- 9 warnings given");
        page.getByText("Save", EXACT_TEXT).click();
        page.waitForSelector("text=Saved.");

        page.locator(".update-image-editor input[type=file]")
                .setInputFiles(Path.of("src/test/resources/images/landscape.webp"));
        page.waitForSelector("text=Ready to save: landscape.webp");
        page.getByLabel("Picture description", EXACT_LABEL).fill("A speed camera van parked by the school gates");
        page.getByText("Save picture", EXACT_TEXT).click();
        page.waitForSelector("text=Picture saved.");
        // A draft's picture is not public yet, but its editor sees it.
        page.waitForFunction("() => { const i = document.querySelector('.update-image-editor img');"
                + " return i !== null && i.complete && i.naturalWidth > 0; }");

        page.getByText("Preview", EXACT_TEXT).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("strong", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("speed checks"))
                .first().waitFor();
        assertThat(dialog.textContent()).contains(title).contains("112 cars checked");
        assertNoViolations("the update preview");
        page.getByText("Close", EXACT_TEXT).click();

        page.getByText("Publish now").click();
        page.waitForSelector("text=Published: it is public now.");
        assertNoViolations("the update editor after publishing");

        open("/neighbourhoods/riverside");
        page.getByText(title).first().click();
        page.waitForSelector("h1:has-text('" + title + "')");
        assertThat(page.url()).contains("/updates/");
        assertThat(page.innerHTML("main")).contains("<strong>speed checks</strong>");
        // Waits for the picture, which may come a moment after the heading, rather than looking once.
        page.getByAltText("A speed camera van parked by the school gates").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
        assertNoViolations("the update's public page");
    }
}
