package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neighbourhood.BrowserTest;
import org.neighbourhood.FirstPaint;

/**
 * The first HTML of a public page is the page: its content shows at once, from the first response, reads without
 * script, and stays where it is when Flow's client takes over — after which the page works as a Flow page.
 */
class FirstHtmlBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"en-GB, en, Your team", "pl-PL, pl, Twój zespół", "cy-GB, cy, Eich tîm"})
    void the_first_response_is_the_page_and_flow_takes_over_without_a_jump(String browserLocale, String language,
            String teamHeading) throws Exception {
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(url("/neighbourhoods/riverside")))
                .header("Accept-Language", language).build();
        http.send(request, HttpResponse.BodyHandlers.ofString());
        var first = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().allValues("Set-Cookie")).as("a request without script starts no session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        assertThat(first.body()).contains("<html lang=\"" + language + "\"", "data-prerendered",
                "<h1>Riverside</h1>", "<h2>" + teamHeading + "</h2>", "href=\"officers/helen-marsh\"",
                "alt=\"Illustration standing in for a photo of Insp Helen Marsh\"", "<main");

        useContext(options(browserLocale, true));
        context.addInitScript(FirstPaint.WATCH);
        open("/neighbourhoods/riverside");

        assertThat((Boolean) page.evaluate("window.__sawCopy")).as("the first response showed the page").isTrue();
        var handover = ((Number) page.evaluate("window.__handover")).doubleValue();
        var firstContentfulPaint = ((Number) page.evaluate(
                "performance.getEntriesByName('first-contentful-paint')[0].startTime")).doubleValue();
        assertThat(firstContentfulPaint).as("the first contentful paint came before Flow took over")
                .isLessThan(handover);
        assertThat(((Number) page.evaluate("window.__shift")).doubleValue()).as("layout shift").isLessThan(0.1);
        assertThat(page.locator("h1").count()).as("one page, not the copy and the page").isEqualTo(1);
        assertThat(page.locator("main").count()).isEqualTo(1);
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(teamHeading))).isVisible();

        // After the hand-over it is a Flow page: a link is followed inside the page, without loading another.
        page.evaluate("window.__samePage = true");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insp Helen Marsh")).click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Insp Helen Marsh");
        assertThat(page.url()).endsWith("/officers/helen-marsh");
        assertThat((Boolean) page.evaluate("window.__samePage === true")).as("navigated by Flow").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"en-GB, Your team", "pl-PL, Twój zespół", "cy-GB, Eich tîm"})
    void a_reader_without_script_reads_the_page(String browserLocale, String teamHeading) {
        useContext(options(browserLocale, false));
        page.navigate(url("/neighbourhoods/riverside"));

        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Riverside");
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(teamHeading))).isVisible();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Insp Helen Marsh"))).isVisible();
        PlaywrightAssertions.assertThat(page.locator("img.officer-card__photo").first())
                .hasAttribute("alt", "Illustration standing in for a photo of Insp Helen Marsh");
    }

    @ParameterizedTest
    @CsvSource({"en-GB", "pl-PL", "cy-GB"})
    void what_was_typed_before_flow_took_over_is_kept(String browserLocale) {
        useContext(options(browserLocale, true));
        // Flow's client is held back until the visitor has typed into the copy of the page.
        var heldBack = new ArrayList<Route>();
        page.route("**/VAADIN/build/**", heldBack::add);
        page.navigate(url("/neighbourhoods/riverside"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.locator("#site-search-words").fill("bicycle");
        PlaywrightAssertions.assertThat(page.locator("[data-prerendered]")).hasCount(1);
        page.unroute("**/VAADIN/build/**");
        heldBack.forEach(Route::resume);
        waitForFlow();

        PlaywrightAssertions.assertThat(page.locator("#site-search-words")).hasValue("bicycle");
        PlaywrightAssertions.assertThat(page.locator("#site-search-words")).isFocused();
    }

    private static Browser.NewContextOptions options(String locale, boolean script) {
        return new Browser.NewContextOptions().setLocale(locale).setJavaScriptEnabled(script);
    }
}
