package org.neighbourhood.neighbourhoods.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Geolocation;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

/** Finding one's team from the home page in a real browser, by postcode and by location. */
class FindNeighbourhoodBrowserTest extends BrowserTest {

    private static final double RIVERSIDE_LATITUDE = 52.136;
    private static final double RIVERSIDE_LONGITUDE = -0.467;

    @Test
    void a_resident_who_types_a_postcode_and_presses_enter_meets_the_riverside_team() {
        open("/");
        var postcode = page.getByLabel("Postcode");
        postcode.pressSequentially("ns1 4ab");
        postcode.press("Enter");

        page.waitForURL("**/neighbourhoods/riverside");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Riverside");
        var cards = page.locator(".officer-card");
        PlaywrightAssertions.assertThat(cards.first()).isVisible();
        var photos = page.locator(".officer-card img");
        assertThat(photos.count()).as("officer photos on the cards").isPositive();
        for (var photo : photos.all()) {
            assertThat(photo.getAttribute("alt")).as("alt text of %s", photo.getAttribute("src")).isNotBlank();
        }
        page.waitForFunction("() => [...document.querySelectorAll('.officer-card img')]"
                + ".every(img => img.complete && img.naturalWidth > 0)");
        assertThat(cards.locator("a").first().getAttribute("href")).startsWith("officers/");
    }

    @Test
    void a_postcode_no_neighbourhood_covers_is_explained_and_stays_in_the_field() {
        open("/");
        page.getByLabel("Postcode").fill("ZZ9 9ZZ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my team")).click();

        PlaywrightAssertions.assertThat(page.locator(".postcode-search__message").first())
                .hasText("No Northshire Police neighbourhood covers ZZ9 9ZZ.");
        PlaywrightAssertions.assertThat(page.getByLabel("Postcode")).hasValue("ZZ9 9ZZ");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Find your neighbourhood policing team");
    }

    @Test
    void a_resident_who_shares_their_location_inside_riverside_lands_there() {
        context.grantPermissions(List.of("geolocation"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
        context.setGeolocation(new Geolocation(RIVERSIDE_LATITUDE, RIVERSIDE_LONGITUDE));
        open("/");
        useMyLocation();

        page.waitForURL("**/neighbourhoods/riverside");
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Riverside");
    }

    @Test
    void a_browser_that_does_not_share_the_location_gets_a_suggestion_instead() {
        context.setGeolocation(new Geolocation(RIVERSIDE_LATITUDE, RIVERSIDE_LONGITUDE));
        open("/");
        useMyLocation();

        PlaywrightAssertions.assertThat(page.locator(".postcode-search__message").first())
                .containsText("Your browser did not share your location");
        assertThat(page.url()).doesNotContain("neighbourhoods");
    }

    private void useMyLocation() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use my location")).click();
    }
}
