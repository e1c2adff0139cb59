package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

/** The language links in the header, as a visitor uses them. */
class LanguageSwitchBrowserTest extends BrowserTest {

    @Test
    void choosing_polski_turns_the_page_polish_and_later_visits_remember_it() {
        open("/");
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");

        link("Polski").click();

        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "pl");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Znajdź swój zespół policji dzielnicowej");
        assertThat(context.cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("lang");
            assertThat(cookie.value).isEqualTo("pl");
        });

        page = context.newPage();
        open("/neighbourhoods/riverside");
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "pl");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Twój zespół"))).isVisible();
    }

    @Test
    void choosing_english_again_turns_the_page_back() {
        open("/?lang=pl");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Znajdź swój zespół policji dzielnicowej");

        link("English").click();

        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "en");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Find your neighbourhood policing team");
    }

    private com.microsoft.playwright.Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
