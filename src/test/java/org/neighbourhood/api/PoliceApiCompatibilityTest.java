package org.neighbourhood.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client written for data.police.uk, pointed at the portal, reads every endpoint of the compatible API from the
 * demo data: the test the issue sets is that such clients work unchanged.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class PoliceApiCompatibilityTest {

    /** The demo's neighbourhoods, all drawn; other tests add neighbourhoods of their own beside them. */
    private static final Set<String> DEMO = Set.of("abbey-fields", "castle-quarter", "elmwood", "harrowden-green",
            "hollowmere", "kingsmead", "millbrook", "northgate", "riverside");
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static HttpClient http;

    @LocalServerPort
    int port;

    PoliceApiClient api;

    @BeforeAll
    static void createHttpClient() {
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void closeHttpClient() {
        http.close();
    }

    @BeforeEach
    void newClient() {
        // Every test is a client address of its own, so that none is slowed by another's requests.
        api = new PoliceApiClient(http, "http://localhost:" + port + "/api",
                "198.51.100." + CLIENTS.incrementAndGet(), null);
    }

    @Test
    void a_client_walks_from_the_force_to_every_neighbourhood_and_all_it_has() {
        var forces = api.forces();
        assertThat(forces).extracting(PoliceApiClient.Force::id).containsExactly("northshire");

        var force = api.force("northshire");
        assertThat(force.name()).isEqualTo("Northshire Police");
        assertThat(force.telephone()).isNotBlank();
        assertThat(force.engagementMethods()).extracting(m -> m.get("type")).contains("web", "forum", "email");
        assertThat(api.seniorOfficers("northshire")).isNotEmpty()
                .allSatisfy(officer -> assertThat(officer.rank()).isIn("Inspector", "Chief Inspector"));

        var neighbourhoods = api.neighbourhoods("northshire");
        assertThat(neighbourhoods).extracting(PoliceApiClient.Force::id).contains("riverside", "kingsmead");
        int located = 0;
        for (var listed : neighbourhoods) {
            var neighbourhood = api.neighbourhood("northshire", listed.id());
            assertThat(neighbourhood.name()).isEqualTo(listed.name());
            assertThat(neighbourhood.urlForce()).endsWith("/neighbourhoods/" + listed.id());
            var boundary = api.boundary("northshire", listed.id());
            if (!boundary.isEmpty()) {
                assertThat(boundary.getFirst()).as("a closed ring").isEqualTo(boundary.getLast());
                assertThat(neighbourhood.latitude()).isNotNull();
                var q = neighbourhood.latitude() + "," + neighbourhood.longitude();
                if (DEMO.contains(listed.id())) {
                    // The centre given is inside the neighbourhood, so locating it comes back here.
                    assertThat(api.locate(q)).isEqualTo(new PoliceApiClient.Located("northshire", listed.id()));
                    located++;
                } else {
                    // Other tests' neighbourhoods may overlap or be on their way out: found or not, never an error.
                    assertThat(api.raw("/locate-neighbourhood?q=" + q).statusCode()).isIn(200, 404);
                }
            }
            api.team("northshire", listed.id());
            api.events("northshire", listed.id()).forEach(event -> assertThat(event.end()).isAfterOrEqualTo(
                    event.start()));
            api.priorities("northshire", listed.id());
        }
        assertThat(located).as("the demo's neighbourhoods, each found from its centre").isEqualTo(DEMO.size());
    }

    @Test
    void riverside_reads_as_on_data_police_uk() {
        var riverside = api.neighbourhood("northshire", "riverside");
        assertThat(riverside.contactDetails()).containsKeys("email", "telephone");
        assertThat(riverside.population()).isEqualTo("0");
        assertThat(riverside.description()).startsWith("<p>").endsWith("</p>");
        assertThat(riverside.links()).isNotEmpty().allSatisfy(link -> assertThat(link.get("url")).startsWith("http"));

        var team = api.team("northshire", "riverside");
        assertThat(team).isNotEmpty();
        assertThat(team.getFirst().rank()).isEqualTo("Inspector");
        assertThat(team).extracting(PoliceApiClient.Person::rank).contains("Sergeant");

        var priorities = api.priorities("northshire", "riverside");
        assertThat(priorities).anySatisfy(p -> {
            assertThat(p.action()).as("nothing done yet").isNull();
            assertThat(p.actionDate()).isNull();
        });
        assertThat(priorities).anySatisfy(p -> {
            assertThat(p.action()).startsWith("<p>");
            assertThat(p.actionDate()).isNotNull();
        });

        var events = api.events("northshire", "riverside");
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.contactDetails()).containsKey("email");
            assertThat(event.type()).matches("[a-z-]+");
        });
    }

    @Test
    void texts_come_in_the_language_asked_for_and_the_first_language_otherwise() {
        assertThat(api.inLanguage("pl-PL,pl;q=0.9,en;q=0.5").team("northshire", "riverside").getFirst().rank())
                .isEqualTo("Inspektor");
        assertThat(api.inLanguage("cy").team("northshire", "riverside").getFirst().rank()).isEqualTo("Arolygydd");
        assertThat(api.inLanguage("de").team("northshire", "riverside").getFirst().rank()).isEqualTo("Inspector");
        assertThat(api.inLanguage(";;not a header==").team("northshire", "riverside").getFirst().rank())
                .isEqualTo("Inspector");
        assertThat(api.inLanguage("cy").force("northshire").engagementMethods())
                .extracting(m -> m.get("title")).contains("Fforymau cymunedol");
    }

    @Test
    void a_point_is_given_as_the_original_takes_it_and_a_bad_one_is_refused() {
        var centre = api.neighbourhood("northshire", "riverside");
        var q = centre.latitude() + "," + centre.longitude();
        assertThat(api.locate(q).neighbourhood()).isEqualTo("riverside");
        assertThat(api.locate(" " + centre.latitude() + " , " + centre.longitude() + " ").neighbourhood())
                .isEqualTo("riverside");
        assertThat(api.raw("/locate-neighbourhood?q=" + centre.latitude() + "%2C" + centre.longitude())
                .statusCode()).isEqualTo(200);

        assertThat(api.raw("/locate-neighbourhood?q=0,0").statusCode()).as("in no neighbourhood").isEqualTo(404);
        for (var bad : List.of("", "abc", "52.1", "52.1,", "91,0", "0,181", "NaN,0", "0x1p3,0", "1,2,3",
                "52.1;-0.4")) {
            var response = api.raw("/locate-neighbourhood?q=" + java.net.URLEncoder.encode(bad,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).contains("\"status\":400");
        }
        assertThat(api.raw("/locate-neighbourhood").statusCode()).isEqualTo(400);
    }

    @Test
    void what_is_not_there_answers_404_with_a_small_json_body() {
        for (var path : List.of("/forces/metropolitan", "/forces/metropolitan/people", "/metropolitan/neighbourhoods",
                "/metropolitan/riverside", "/northshire/atlantis", "/northshire/atlantis/boundary",
                "/northshire/atlantis/people", "/northshire/atlantis/events", "/northshire/atlantis/priorities",
                "/northshire/riverside/crimes", "/v1/northshire/atlantis/priorities", "/a/b/c/d/e")) {
            var response = api.raw(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.body()).as(path).startsWith("{\"status\":404,").doesNotContain("<html");
        }
        var markup = api.raw("/northshire/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        assertThat(markup.statusCode()).isEqualTo(404);
        assertThat(markup.body()).contains("\\u003cimg").doesNotContain("<img");
    }

    @Test
    void nothing_of_our_own_is_mixed_into_the_compatible_objects() {
        // The strict client refuses any undocumented key; here the own additions are shown to be elsewhere.
        assertThat(api.raw("/v1/northshire/riverside/priorities").body()).contains("\"status\":\"");
        assertThat(api.raw("/northshire/riverside/priorities").body()).doesNotContain("\"status\"")
                .doesNotContain("\"id\"");
        assertThat(api.raw("/v1/languages").body()).contains("\"tag\":\"cy\"");
        assertThat(Map.of("people", api.raw("/northshire/riverside/people").body())).allSatisfy(
                (name, body) -> assertThat(body).doesNotContain("slug").doesNotContain("photo"));
    }
}
