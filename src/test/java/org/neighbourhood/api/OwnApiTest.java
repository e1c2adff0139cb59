package org.neighbourhood.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The portal's own additions under /api/v1: what they hold, and what they never give away. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class OwnApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static HttpClient http;

    @LocalServerPort
    int port;

    @BeforeAll
    static void createHttpClient() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeHttpClient() {
        http.close();
    }

    @Test
    void forums_give_their_sessions_but_never_a_listening_circles_venue_or_link() throws Exception {
        var series = get("/api/v1/northshire/forums");
        assertThat(series.isArray()).isTrue();
        var circles = 0;
        var venues = 0;
        for (var forum : series) {
            assertThat(forum.get("page").asString()).endsWith("/forums/" + forum.get("slug").asString());
            for (var session : forum.get("sessions")) {
                assertThat(session.get("starts_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");
                if (session.get("listening_circle").asBoolean()) {
                    circles++;
                    assertThat(session.get("venue").isNull()).isTrue();
                    assertThat(session.get("online_url").isNull()).isTrue();
                } else if (!session.get("venue").isNull()) {
                    venues++;
                }
            }
        }
        assertThat(circles).as("the demo's listening circle").isPositive();
        assertThat(venues).as("an open session's venue").isPositive();
        assertThat(raw("/api/v1/northshire/forums").body()).doesNotContain("@").as("nobody's email");
    }

    @Test
    void priorities_carry_their_status_and_officers_their_pages() throws Exception {
        var priorities = get("/api/v1/northshire/riverside/priorities");
        assertThat(priorities).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("status").asString()).isIn("OPEN", "IN_PROGRESS", "DONE");
            assertThat(p.get("issue_date").asString()).matches("\\d{4}-\\d\\d-\\d\\d");
            assertThat(p.get("id").isNumber()).isTrue();
        });
        var people = get("/api/v1/northshire/riverside/people");
        assertThat(people).isNotEmpty().allSatisfy(officer ->
                assertThat(officer.get("page").asString()).endsWith("/officers/" + officer.get("slug").asString()));
        var welsh = JSON.readTree(raw("/api/v1/northshire/riverside/people", "cy").body());
        assertThat(welsh.get(0).get("rank_name").asString()).isEqualTo("Arolygydd");
    }

    @Test
    void a_teams_feedback_figures_are_counts_and_times_only() throws Exception {
        var figures = get("/api/v1/northshire/riverside/feedback");
        assertThat(Set.copyOf(figures.propertyNames())).isEqualTo(Set.of("from", "until", "received", "answered",
                "answered_within_target", "decided", "share_within_target", "median_first_answer", "escalations",
                "concerns_voiced"));
        long received = figures.get("received").asLong();
        assertThat(received).as("the demo's feedback").isPositive();
        assertThat(figures.get("answered").asLong()).isBetween(0L, received);
        assertThat(figures.get("answered_within_target").asLong()).isLessThanOrEqualTo(
                figures.get("decided").asLong());
        if (!figures.get("share_within_target").isNull()) {
            assertThat(figures.get("share_within_target").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(figures.get("concerns_voiced").propertyNames()).allSatisfy(kind -> assertThat(kind)
                .matches("[A-Z_]+"));
        assertThat(raw("/api/v1/northshire/atlantis/feedback").statusCode()).isEqualTo(404);
    }

    @Test
    void the_languages_are_named_in_themselves() throws Exception {
        var languages = get("/api/v1/languages");
        assertThat(languages).extracting(l -> l.get("name").asString()).containsExactly("English", "Polski",
                "Cymraeg");
        assertThat(languages.get(0).get("first").asBoolean()).isTrue();
    }

    private JsonNode get(String path) throws Exception {
        var response = raw(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> raw(String path) throws Exception {
        return raw(path, "en");
    }

    private HttpResponse<String> raw(String path, String language) throws Exception {
        // An address of its own under the rate limit, as every API test has.
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", "192.0.2.31").header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
