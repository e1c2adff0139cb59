package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neighbourhood.BrowserTest;

/** What keyboard, small-screen and screen reader users meet on the public pages. */
class AccessibilityBrowserTest extends BrowserTest {

    private static final String OFFICER = "/officers/agnieszka-wroblewska";

    static Stream<Arguments> publicPages() {
        return Stream.of("/", "/neighbourhoods/riverside", OFFICER, "/updates", "/feedback", "/accessibility",
                "/api", "/no-such-page")
                .flatMap(path -> Stream.of(Arguments.of(path, "en"), Arguments.of(path, "pl")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("publicPages")
    void every_public_page_meets_wcag_aa_in_each_language(String path, String language) {
        openSettled(path + "?lang=" + language);
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", language);

        assertNoViolations(path + " in " + language);
    }

    @Test
    void the_home_page_with_a_search_problem_meets_wcag_aa() {
        openSettled("/");
        page.getByLabel("Postcode").fill("ZZ9 9ZZ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my team")).click();
        PlaywrightAssertions.assertThat(page.locator(".postcode-search__message").first()).isVisible();

        assertNoViolations("/ after a search for ZZ9 9ZZ");
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content() {
        open("/");

        page.keyboard().press("Tab");
        var skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
        PlaywrightAssertions.assertThat(skipLink).isFocused();
        PlaywrightAssertions.assertThat(skipLink).isVisible();

        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("main#main-content")).isFocused();
    }

    @Test
    void the_skip_link_stays_on_the_page_when_its_address_has_a_query() {
        open("/neighbourhoods/riverside?lang=pl");
        page.evaluate("() => window.notReloaded = true");

        page.keyboard().press("Tab");
        var skipLink = page.locator(".skip-link");
        PlaywrightAssertions.assertThat(skipLink).isFocused();
        PlaywrightAssertions.assertThat(skipLink).hasText("Przejdź do treści głównej");
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.locator("main#main-content")).isFocused();
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        assertThat(page.url()).contains("/neighbourhoods/riverside?lang=pl");
    }

    @Test
    void the_skip_link_keeps_a_search_and_its_message() {
        open("/");
        page.getByLabel("Postcode").fill("ZZ9 9ZZ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my team")).click();
        var message = page.locator(".postcode-search__message").first();
        PlaywrightAssertions.assertThat(message).isVisible();

        page.locator(".skip-link").focus();
        page.keyboard().press("Enter");

        PlaywrightAssertions.assertThat(page.locator("main#main-content")).isFocused();
        PlaywrightAssertions.assertThat(page.getByLabel("Postcode")).hasValue("ZZ9 9ZZ");
        PlaywrightAssertions.assertThat(message).isVisible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/neighbourhoods/riverside", OFFICER, "/api"})
    void a_phone_360_pixels_wide_needs_no_sideways_scrolling(String path) {
        page.setViewportSize(360, 740);
        openSettled(path);

        var widths = (List<?>) page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var scrollWidth = ((Number) widths.get(0)).intValue();
        var clientWidth = ((Number) widths.get(1)).intValue();
        assertThat(scrollWidth).as("scroll width of %s at 360 px (client width %d)", path, clientWidth)
                .isLessThanOrEqualTo(clientWidth);
    }
}
