package org.neighbourhood.feeds.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.feeds.FeedChecks.atom;
import static org.neighbourhood.feeds.FeedChecks.calendar;
import static org.neighbourhood.feeds.FeedChecks.calendarName;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feeds as calendar programs, feed readers and browsers fetch them over real HTTP: their types, languages,
 * caching and "not modified", addresses that are no feed, and the pages that name them in their first HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedHttpTest {

    private static final List<String> CALENDARS = List.of("/calendar/neighbourhoods/riverside.ics",
            "/calendar/forums/community-leaders-forum.ics", "/calendar/forums/womens-listening-circle.ics",
            "/calendar/all.ics");
    private static final List<String> NEWS = List.of("/feeds/neighbourhoods/riverside.atom", "/feeds/updates.atom");

    private static HttpClient http;

    @LocalServerPort
    int port;

    @BeforeAll
    static void createClient() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeClient() {
        http.close();
    }

    @Test
    void calendars_are_valid_icalendar_that_any_cache_may_keep_for_five_minutes() throws Exception {
        for (var path : CALENDARS) {
            var response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/calendar;charset=utf-8");
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("max-age=300, public");
            assertThat(response.headers().firstValue("Vary")).as(path).hasValueSatisfying(
                    vary -> assertThat(vary).contains("Accept-Language"));
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
            assertThat(response.headers().firstValue("Last-Modified")).as(path).isPresent();
            calendar(response.body());
        }
    }

    @Test
    void news_feeds_are_valid_atom() throws Exception {
        for (var path : NEWS) {
            var response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValue("application/atom+xml;charset=utf-8");
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("max-age=300, public");
            var feed = atom(response.body());
            assertThat(feed.getAuthors().getFirst().getName()).isEqualTo("Northshire Police");
            assertThat(feed.getOtherLinks().getFirst().getHref()).as("self").isEqualTo(url(path) + "?lang=en");
        }
    }

    @Test
    void asking_again_with_the_etag_or_the_date_is_answered_not_modified() throws Exception {
        for (var path : List.of(CALENDARS.getFirst(), NEWS.getFirst())) {
            var first = get(path);
            var etag = first.headers().firstValue("ETag").orElseThrow();
            var date = first.headers().firstValue("Last-Modified").orElseThrow();

            var byTag = send(HttpRequest.newBuilder(URI.create(url(path))).header("If-None-Match", etag));
            assertThat(byTag.statusCode()).as(path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(byTag.headers().firstValue("ETag")).as(path).hasValue(etag);
            assertThat(byTag.headers().allValues("Cache-Control")).as(path).containsExactly("max-age=300, public");

            var byDate = send(HttpRequest.newBuilder(URI.create(url(path))).header("If-Modified-Since", date));
            assertThat(byDate.statusCode()).as(path).isEqualTo(304);

            var stale = send(HttpRequest.newBuilder(URI.create(url(path))).header("If-None-Match", "\"other\""));
            assertThat(stale.statusCode()).as(path).isEqualTo(200);
            assertThat(stale.body()).isEqualTo(first.body());
        }
    }

    @Test
    void a_feed_is_in_polish_when_the_address_or_the_browser_asks_for_it() throws Exception {
        var byAddress = get("/calendar/neighbourhoods/riverside.ics?lang=pl");
        var byBrowser = send(HttpRequest.newBuilder(URI.create(url("/calendar/neighbourhoods/riverside.ics")))
                .header("Accept-Language", "pl-PL,pl;q=0.9,en;q=0.5"));
        var english = get("/calendar/neighbourhoods/riverside.ics");

        assertThat(calendarName(calendar(byAddress.body()))).isEqualTo("Riverside: wydarzenia – Northshire Police");
        assertThat(byBrowser.body()).isEqualTo(byAddress.body());
        assertThat(calendarName(calendar(english.body()))).isEqualTo("Riverside events – Northshire Police");
        assertThat(byAddress.headers().firstValue("ETag")).isNotEqualTo(english.headers().firstValue("ETag"));

        var news = get("/feeds/updates.atom?lang=pl");
        assertThat(atom(news.body()).getTitle()).isEqualTo("Northshire Police: wiadomości ze wszystkich dzielnic");
        var newsByBrowser = send(HttpRequest.newBuilder(URI.create(url("/feeds/updates.atom")))
                .header("Accept-Language", "pl"));
        assertThat(newsByBrowser.body()).isEqualTo(news.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendar/neighbourhoods/no-such-place.ics", "/calendar/forums/no-such-forum.ics",
            "/feeds/neighbourhoods/no-such-place.atom", "/calendar/neighbourhoods/UPPER.ics",
            "/feeds/neighbourhoods/%3Cscript%3E.atom", "/calendar/forums/a..b.ics"})
    void an_address_that_is_no_feed_is_not_found(String path) throws Exception {
        assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }

    @Test
    void a_neighbourhood_page_names_its_news_feed_and_calendar_in_its_first_html() throws Exception {
        var page = Jsoup.parse(get("/neighbourhoods/riverside").body());

        var news = page.select("head link[rel=alternate][type=application/atom+xml]");
        assertThat(news).hasSize(1);
        assertThat(news.attr("href")).isEqualTo(url("/feeds/neighbourhoods/riverside.atom?lang=en"));
        assertThat(news.attr("title")).isEqualTo("Riverside updates – Northshire Police");
        var calendar = page.select("head link[rel=alternate][type=text/calendar]");
        assertThat(calendar).hasSize(1);
        assertThat(calendar.attr("href")).isEqualTo(url("/calendar/neighbourhoods/riverside.ics?lang=en"));
        assertThat(calendar.attr("title")).isEqualTo("Riverside events – Northshire Police");

        var welsh = Jsoup.parse(get("/neighbourhoods/riverside?lang=cy").body());
        assertThat(welsh.select("head link[rel=alternate][type=text/calendar]").attr("href"))
                .isEqualTo(url("/calendar/neighbourhoods/riverside.ics?lang=cy"));
    }

    @Test
    void listings_the_home_page_and_a_forum_name_their_feeds_and_a_missing_page_none() throws Exception {
        assertThat(feedsNamedBy("/")).containsExactly(url("/feeds/updates.atom?lang=en"),
                url("/calendar/all.ics?lang=en"));
        assertThat(feedsNamedBy("/updates")).containsExactly(url("/feeds/updates.atom?lang=en"));
        assertThat(feedsNamedBy("/events")).containsExactly(url("/calendar/all.ics?lang=en"));
        assertThat(feedsNamedBy("/forums/community-leaders-forum"))
                .containsExactly(url("/calendar/forums/community-leaders-forum.ics?lang=en"));
        assertThat(feedsNamedBy("/neighbourhoods/no-such-place")).isEmpty();
    }

    private List<String> feedsNamedBy(String path) throws Exception {
        return Jsoup.parse(get(path).body()).select("head link[rel=alternate][type=application/atom+xml], "
                + "head link[rel=alternate][type=text/calendar]").eachAttr("href");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
