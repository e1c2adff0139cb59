package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighbourhood.events.EventService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first HTML of an address, as a crawler or a link preview reads it: no script runs, so everything it
 * needs must be in that response.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class FirstHtmlTest {

    private static HttpClient http;

    @LocalServerPort
    private int port;

    @Autowired
    EventService events;

    @BeforeAll
    static void createClient() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeClient() {
        http.close();
    }

    @Test
    void a_neighbourhood_page_describes_itself_before_any_script_runs() throws Exception {
        var response = get("/neighbourhoods/riverside");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<title>Riverside neighbourhood policing team – Northshire Police</title>");
        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(content(page, "meta[name=description]")).isNotBlank();
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url("/neighbourhoods/riverside"));
        assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo(url("/neighbourhoods/riverside"));
        assertThat(page.select("link[rel=alternate][hreflang=pl]").attr("href"))
                .isEqualTo(url("/neighbourhoods/riverside?lang=pl"));
        assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo(url("/neighbourhoods/riverside"));
        assertThat(content(page, "meta[property=og:title]"))
                .isEqualTo("Riverside neighbourhood policing team – Northshire Police");
    }

    @Test
    void forum_pages_describe_themselves_and_the_pages_of_emailed_links_are_never_indexed() throws Exception {
        var series = Jsoup.parse(get("/forums/community-leaders-forum?lang=pl").body());
        assertThat(series.title()).isEqualTo("Forum liderów społeczności – Northshire Police");
        assertThat(content(series, "meta[name=description]")).startsWith("Liderzy wspólnot");
        assertThat(get("/forums/no-such-forum").statusCode()).isEqualTo(404);

        var response = get("/signup/manage?t=someone-s-private-token");
        assertThat(response.statusCode()).isEqualTo(200);
        var personal = Jsoup.parse(response.body());
        assertThat(content(personal, "meta[name=robots]")).isEqualTo("noindex");
        assertThat(content(personal, "meta[name=referrer]")).isEqualTo("no-referrer");
        assertThat(personal.select("link[rel=canonical]")).isEmpty();
        assertThat(response.body()).doesNotContain("someone-s-private-token");
    }

    @Test
    void the_polish_address_of_a_page_answers_in_polish() throws Exception {
        var response = get("/neighbourhoods/riverside?lang=pl");

        var page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(page.title()).isEqualTo("Riverside – zespół policji dzielnicowej – Northshire Police");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo(url("/neighbourhoods/riverside?lang=pl"));
    }

    @Test
    void an_unknown_neighbourhood_is_not_found_from_the_first_response() throws Exception {
        var response = get("/neighbourhoods/no-such-place");

        assertThat(response.statusCode()).isEqualTo(404);
        var page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Page not found – Northshire Police");
        assertThat(content(page, "meta[name=robots]")).isEqualTo("noindex");
    }

    @Test
    void an_unknown_officer_is_not_found_from_the_first_response() throws Exception {
        assertThat(get("/officers/no-such-person").statusCode()).isEqualTo(404);
    }

    @Test
    void an_address_that_no_view_has_is_not_found_from_the_first_response() throws Exception {
        var response = get("/no-such-page/anywhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).title()).isEqualTo("Page not found – Northshire Police");
    }

    @Test
    void an_event_page_describes_the_event_for_search_engines_in_schema_org_terms() throws Exception {
        assertThat(Jsoup.parse(get("/events").body()).title()).startsWith("Events");

        var response = get("/events/" + events.upcoming(EventService.Filter.ALL, Locale.ENGLISH, 1).getFirst().slug());

        assertThat(response.statusCode()).isEqualTo(200);
        var script = Jsoup.parse(response.body()).selectFirst("script[type=application/ld+json]");
        assertThat(script).isNotNull();
        assertThat(script.data()).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"Event\"")
                .contains("\"organizer\":{\"@type\":\"Organization\",\"name\":\"Northshire Police\"}");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String content(Document page, String selector) {
        var element = page.selectFirst(selector);
        assertThat(element).as(selector).isNotNull();
        return element.attr("content");
    }
}
