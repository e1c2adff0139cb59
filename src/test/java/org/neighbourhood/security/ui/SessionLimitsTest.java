package org.neighbourhood.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A signed-in session ends after 30 idle minutes even while its tab sends heartbeats, and after 12 hours
 * however busy; the person then lands on a page that says why. Anonymous visitors are not touched. Over
 * real HTTP; time moves on the test clock and is put back afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionLimitsTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    UserService users;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Duration moved = Duration.ZERO;

    @AfterEach
    void putTheClockBack() {
        clock.advance(moved.negated());
    }

    @Test
    void an_idle_back_office_signs_out_after_thirty_minutes_even_while_its_tab_sends_heartbeats() throws Exception {
        var browser = signedInAdministrator();
        assertThat(browser.get("/actuator/metrics").statusCode()).as("signed in").isEqualTo(200);

        for (int i = 0; i < 6; i++) {
            advance(Duration.ofMinutes(5));
            browser.heartbeat();
        }

        var page = browser.get("/admin");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signed-out?reason=idle"));
        assertThat(browser.get("/actuator/metrics").statusCode()).as("the session is gone").isNotEqualTo(200);
    }

    @Test
    void work_in_the_back_office_keeps_the_session_until_twelve_hours_have_passed() throws Exception {
        var browser = signedInAdministrator();
        for (int i = 0; i < 35; i++) {
            advance(Duration.ofMinutes(20));
            assertThat(browser.get("/actuator/metrics").statusCode()).as("after %d minutes", (i + 1) * 20)
                    .isEqualTo(200);
        }

        advance(Duration.ofMinutes(20));
        var page = browser.get("/admin/users");

        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signed-out?reason=absolute"));
        assertThat(browser.get("/actuator/metrics").statusCode()).isNotEqualTo(200);
    }

    @Test
    void a_tab_whose_session_ended_on_a_heartbeat_lands_on_the_signed_out_page_when_it_reloads() throws Exception {
        var browser = signedInAdministrator();
        advance(Duration.ofMinutes(31));

        browser.heartbeat();
        var reload = browser.get("/admin/users");

        assertThat(reload.statusCode()).isEqualTo(302);
        assertThat(reload.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signed-out?reason=idle"));
        assertThat(browser.get("/admin/users").headers().firstValue("Location")).as("once only")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("signed-out"));
    }

    @Test
    void an_anonymous_visitor_is_never_sent_to_the_signed_out_page() throws Exception {
        var browser = new Browser();
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        advance(Duration.ofMinutes(45));

        assertThat(browser.get("/neighbourhoods/riverside").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin").headers().firstValue("Location").orElse(""))
                .doesNotContain("signed-out");
    }

    private void advance(Duration duration) {
        clock.advance(duration);
        moved = moved.plus(duration);
    }

    private Browser signedInAdministrator() throws Exception {
        var username = "limits." + System.nanoTime();
        SignedIn.as(securityContext, "admin", "ADMIN");
        try {
            users.create(username, "Session Limits", null, Set.of(Role.ADMIN), Set.of(), PASSWORD);
        } finally {
            securityContext.clearContext();
        }
        var browser = new Browser();
        var signIn = browser.signIn(username, PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error").doesNotContain("throttled"));
        return browser;
    }

    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            var matcher = CSRF.matcher(get("/login").body());
            assertThat(matcher.find()).isTrue();
            var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(matcher.group(1));
            return client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** What an open Vaadin tab sends every few minutes, with nobody at the keyboard. */
        void heartbeat() throws Exception {
            client.send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
