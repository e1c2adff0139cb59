package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The first HTML of public pages as crawlers, link previews and a surge of visitors get it: from memory, with no
 * session left behind, each response with its own script nonce, and a published change in it at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstHtmlSessionsTest {

    private static final Pattern LOCATION = Pattern.compile("<loc>([^<]+)</loc>|href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern NONCE_IN_POLICY = Pattern.compile("'nonce-([^']+)'");

    @LocalServerPort
    private int port;

    @Autowired
    private WebServerApplicationContext server;

    @Autowired
    private NeighbourhoodService neighbourhoods;

    @Autowired
    private SecurityContextHolderStrategy securityContext;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void a_crawler_walking_the_sitemap_leaves_no_session_behind() throws Exception {
        var sitemap = get("/sitemap.xml", "en").body();
        var addresses = new ArrayList<String>();
        var found = LOCATION.matcher(sitemap);
        while (found.find()) {
            var address = found.group(1) != null ? found.group(1) : found.group(2);
            if (address.startsWith("http")) {
                addresses.add(URI.create(address.replace("&amp;", "&")).getRawPath()
                        + (URI.create(address.replace("&amp;", "&")).getRawQuery() == null ? ""
                                : "?" + URI.create(address.replace("&amp;", "&")).getRawQuery()));
            }
        }
        assertThat(addresses).hasSizeGreaterThan(20).contains("/neighbourhoods/riverside");
        int before = activeSessions();

        var cookies = new ArrayList<String>();
        for (var address : addresses) {
            for (int visit = 0; visit < 2; visit++) {
                var page = get(address, "en");
                assertThat(page.statusCode()).as(address).isEqualTo(200);
                if (visit == 1) {
                    cookies.addAll(sessionCookies(page));
                }
            }
        }

        assertThat(activeSessions()).as("sessions left by the crawl").isLessThanOrEqualTo(before);
        assertThat(cookies).as("a page asked for again is answered without a session").isEmpty();
    }

    @Test
    void every_answer_from_memory_has_its_own_nonce_on_every_script() throws Exception {
        get("/events", "pl");
        var first = get("/events", "pl");
        var second = get("/events", "pl");

        for (var page : List.of(first, second)) {
            var policy = NONCE_IN_POLICY.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertThat(policy.find()).isTrue();
            var scripts = SCRIPT.matcher(page.body()).results().map(tag -> tag.group()).toList();
            assertThat(scripts).isNotEmpty().allSatisfy(
                    tag -> assertThat(tag).contains("nonce=\"" + policy.group(1) + "\""));
            assertThat(page.body()).contains("<html lang=\"pl\"").doesNotContain("name=\"_csrf\"");
            assertThat(page.headers().firstValue("Content-Language")).hasValue("pl");
        }
        assertThat(first.headers().firstValue("Content-Security-Policy"))
                .isNotEqualTo(second.headers().firstValue("Content-Security-Policy"));
    }

    @Test
    void a_change_an_editor_publishes_is_in_the_next_first_html() throws Exception {
        assertThat(get("/neighbourhoods/riverside", "en").body()).doesNotContain("The marina walk is lit again");
        get("/neighbourhoods/riverside", "en");
        SignedIn.as(securityContext, "admin", "ADMIN");
        var riverside = neighbourhoods.findBySlug("riverside").orElseThrow();
        var editable = neighbourhoods.editableContact(riverside.id());
        var before = editable.contact().summary("en");
        try {
            neighbourhoods.updateContact(riverside.id(), editable.version(),
                    editable.contact().withSummary("en", "The marina walk is lit again."));

            assertThat(get("/neighbourhoods/riverside", "en").body()).contains("The marina walk is lit again.");
        } finally {
            var now = neighbourhoods.editableContact(riverside.id());
            neighbourhoods.updateContact(riverside.id(), now.version(), now.contact().withSummary("en", before));
        }
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).toList();
    }

    private int activeSessions() {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager().getActiveSessions();
    }
}
