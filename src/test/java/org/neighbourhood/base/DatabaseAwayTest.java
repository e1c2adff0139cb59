package org.neighbourhood.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.neighbourhood.SwitchableDataSource;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * While the database cannot be reached, over real HTTP: pages and plain endpoints say "back in a moment" with
 * 503 and Retry-After, in the visitor's language, and all is well again once it returns, with no restart. A public
 * page still kept in memory is given as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseAwayTest {

    private static HttpClient http;

    @LocalServerPort
    int port;

    @Autowired
    SwitchableDataSource database;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @BeforeAll
    static void createClient() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeClient() {
        http.close();
    }

    @AfterEach
    void bringTheDatabaseBack() {
        database.bringBack();
    }

    @Test
    void a_page_answers_503_with_retry_after_and_says_we_will_be_back_then_works_again_when_the_database_returns()
            throws Exception {
        forgetWhatIsKept();
        database.takeAway();
        var away = get("/neighbourhoods/riverside", "en");

        assertThat(away.statusCode()).isEqualTo(503);
        assertThat(away.headers().firstValue("Retry-After")).hasValue("30");
        var page = Jsoup.parse(away.body());
        assertThat(page.title()).isEqualTo("We'll be back in a moment – Northshire Police");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();

        database.bringBack();
        var back = get("/neighbourhoods/riverside", "en");

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(back.body()).title()).startsWith("Riverside");
    }

    @Test
    void a_public_page_read_before_the_database_went_away_is_still_given_from_memory() throws Exception {
        forgetWhatIsKept();
        get("/neighbourhoods/riverside", "en");
        database.takeAway();

        var kept = get("/neighbourhoods/riverside", "en");

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(kept.body()).select("h1").text()).isEqualTo("Riverside");
    }

    /**
     * Public pages are kept in memory until content changes: a committed write (the same contact saved again)
     * makes the next page read from the database.
     */
    private void forgetWhatIsKept() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        try {
            var riverside = neighbourhoods.findBySlug("riverside").orElseThrow();
            var editable = neighbourhoods.editableContact(riverside.id());
            neighbourhoods.updateContact(riverside.id(), editable.version(), editable.contact());
        } finally {
            securityContext.clearContext();
        }
    }

    @Test
    void the_sitemap_and_a_calendar_file_answer_503_with_a_short_branded_page_in_the_visitors_language()
            throws Exception {
        database.takeAway();
        var sitemap = get("/sitemap.xml", "pl-PL,pl;q=0.9");
        var calendar = get("/calendar/events/any-event.ics", "en-GB");

        assertThat(sitemap.statusCode()).isEqualTo(503);
        assertThat(sitemap.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        var polish = Jsoup.parse(sitemap.body());
        assertThat(polish.select("h1").text()).isEqualTo("Zaraz wracamy");
        assertThat(polish.title()).isEqualTo("Zaraz wracamy – Northshire Police");
        assertThat(calendar.statusCode()).isEqualTo(503);
        assertThat(calendar.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(Jsoup.parse(calendar.body()).select("h1").text()).isEqualTo("We'll be back in a moment");

        database.bringBack();

        assertThat(get("/sitemap.xml", "en").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }
}
