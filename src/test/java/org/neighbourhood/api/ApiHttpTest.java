package org.neighbourhood.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.priorities.PriorityStatus;
import org.neighbourhood.priorities.PriorityText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The API as a good public API behaves over HTTP: validators and 304s, caching, CORS, the rate limit, freshness. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class ApiHttpTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static HttpClient http;

    @LocalServerPort
    int port;

    @Autowired
    PriorityService priorities;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @BeforeAll
    static void createHttpClient() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeHttpClient() {
        http.close();
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_unchanged_answer_comes_back_as_304_to_either_validator() throws Exception {
        var client = newClient();
        var first = get("/api/northshire/riverside/priorities", client, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(first.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));

        var byTag = get("/api/northshire/riverside/priorities", client, Map.of("If-None-Match", etag));
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        var byDate = get("/api/northshire/riverside/priorities", client, Map.of("If-Modified-Since", lastModified));
        assertThat(byDate.statusCode()).isEqualTo(304);

        var other = get("/api/northshire/riverside/priorities", client, Map.of("If-None-Match", "W/\"other\""));
        assertThat(other.statusCode()).isEqualTo(200);
        // Another language is another answer with another validator.
        var welsh = get("/api/northshire/riverside/people", client, Map.of("Accept-Language", "cy"));
        var english = get("/api/northshire/riverside/people", client, Map.of());
        assertThat(welsh.headers().firstValue("ETag")).isNotEqualTo(english.headers().firstValue("ETag"));

        var list = get("/api/northshire/neighbourhoods", client, Map.of());
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(get("/api/openapi.json", client, Map.of("If-None-Match",
                list.headers().firstValue("ETag").orElseThrow())).statusCode()).isEqualTo(200);
    }

    @Test
    void a_change_shows_at_once_and_a_draft_never() throws Exception {
        var client = newClient();
        long riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        var before = get("/api/northshire/riverside/priorities", client, Map.of());
        var etag = before.headers().firstValue("ETag").orElseThrow();
        var issue = "Scooters ridden on the towpath " + System.nanoTime();

        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        var draft = priorities.create(riverside, new PriorityContent(Map.of("en", new PriorityText(issue, null)),
                LocalDate.of(2026, 11, 20), null, PriorityStatus.OPEN));
        try {
            var withDraft = get("/api/northshire/riverside/priorities", client, Map.of("If-None-Match", etag));
            assertThat(withDraft.statusCode()).as("a draft changes nothing the public sees").isEqualTo(304);

            var published = priorities.publish(draft.id(), draft.version(), null);
            var afterPublishing = get("/api/northshire/riverside/priorities", client, Map.of("If-None-Match", etag));
            assertThat(afterPublishing.statusCode()).isEqualTo(200);
            assertThat(afterPublishing.body()).contains(issue).contains("\"issue-date\":\"2026-11-20T00:00:00\"");
            assertThat(get("/api/v1/northshire/riverside/priorities", client, Map.of()).body()).contains(issue);

            var unpublished = priorities.unpublish(published.id(), published.version());
            assertThat(get("/api/northshire/riverside/priorities", client, Map.of()).body()).doesNotContain(issue);
            priorities.delete(unpublished.id(), unpublished.version());
        } catch (RuntimeException | Error failure) {
            priorities.find(draft.id()).ifPresent(left -> priorities.delete(left.id(), left.version()));
            throw failure;
        }
        assertThat(get("/api/northshire/riverside/priorities", client, Map.of()).headers().firstValue("ETag"))
                .as("the same content, the same validator").hasValue(etag);
    }

    @Test
    void browser_applications_on_any_site_may_read_it_without_credentials() throws Exception {
        var client = newClient();
        var simple = get("/api/northshire/riverside", client, Map.of("Origin", "https://apps.example.org"));
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(simple.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(simple.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");

        var preflight = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/northshire/riverside"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("X-Forwarded-For", client)
                .header("Origin", "https://apps.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET")
                .doesNotContain("POST");

        var post = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/northshire/riverside"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("X-Forwarded-For", client)
                .header("Origin", "https://apps.example.org")
                .header("Access-Control-Request-Method", "DELETE").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void the_api_leaves_no_session_behind() throws Exception {
        var response = get("/api/northshire/riverside/events", newClient(), Map.of());
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_client_over_its_allowance_is_told_to_wait_and_others_are_not() throws Exception {
        var greedy = newClient();
        var statuses = new ArrayList<Integer>();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 80 && refused == null; i++) {
            var response = get("/api/forces", greedy, Map.of());
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertThat(statuses.subList(0, 30)).as("a burst of 30 is allowed").containsOnly(200);
        assertThat(refused).as("then the allowance runs out").isNotNull();
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 2);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(refused.body()).startsWith("{\"status\":429,");

        assertThat(get("/api/forces", newClient(), Map.of()).statusCode()).as("another address").isEqualTo(200);
        Thread.sleep(1100);
        assertThat(get("/api/forces", greedy, Map.of()).statusCode()).as("after waiting").isEqualTo(200);
    }

    private String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> get(String path, String client, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).header("X-Forwarded-For", client);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
