package org.neighbourhood.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal behind a TLS proxy, and in front of a client that lies, over raw HTTP so that any header can be
 * sent (Java's HTTP client refuses to set Host). The tests' trusted proxy is 127.0.0.1 only
 * ({@code server.tomcat.remoteip.internal-proxies}); a connection from 127.0.0.2 plays any other peer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

    private static final String TRUSTED_PROXY = "127.0.0.1";
    private static final String UNTRUSTED_PEER = "127.0.0.2";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void https_forwarded_by_the_trusted_proxy_gets_a_secure_session_cookie_and_hsts() throws IOException {
        var page = send(TRUSTED_PROXY, "GET /login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7");
        var sitemap = send(TRUSTED_PROXY, "GET /sitemap.xml", "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.7");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
        assertThat(sitemap.header("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void forwarded_headers_from_any_other_peer_are_ignored() throws IOException {
        var page = send(UNTRUSTED_PEER, "GET /login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7");
        var sitemap = send(UNTRUSTED_PEER, "GET /sitemap.xml", "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.7");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").doesNotContainIgnoringCase("secure"));
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void sign_in_limits_and_the_audit_key_on_the_client_behind_the_trusted_proxy_never_on_a_forged_address()
            throws IOException {
        var viaProxy = "forwarded.client." + System.nanoTime();
        var forging = "forging.client." + System.nanoTime();

        failSignIn(TRUSTED_PROXY, viaProxy, "X-Forwarded-For: 198.51.100.23");
        failSignIn(UNTRUSTED_PEER, forging, "X-Forwarded-For: 198.51.100.99");

        assertThat(auditedAddress(viaProxy)).isEqualTo("198.51.100.23");
        assertThat(auditedAddress(forging)).isEqualTo(UNTRUSTED_PEER);
    }

    @Test
    void a_page_that_needs_a_sign_in_redirects_to_the_sign_in_page_never_to_a_forged_host() throws IOException {
        var response = send(UNTRUSTED_PEER, "GET /admin", "Host: evil.example");

        // The tests' portal listens on a free port, which Tomcat does not know when told its public host.
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("http://localhost").endsWith("/login").doesNotContain("evil.example"));
    }

    @Test
    void a_forged_host_header_reaches_no_canonical_link_sitemap_robots_txt_or_calendar_file() throws IOException {
        var ours = "http://localhost:" + port;
        var page = send(UNTRUSTED_PEER, "GET /neighbourhoods/riverside", "Host: evil.example");
        var sitemap = send(UNTRUSTED_PEER, "GET /sitemap.xml", "Host: evil.example");
        var robots = send(UNTRUSTED_PEER, "GET /robots.txt", "Host: evil.example");
        var event = Pattern.compile("<loc>" + Pattern.quote(ours) + "/events/([a-z0-9-]+)</loc>")
                .matcher(sitemap.body());
        assertThat(event.find()).as("the sitemap lists an event").isTrue();
        var calendar = send(UNTRUSTED_PEER, "GET /calendar/events/" + event.group(1) + ".ics",
                "Host: evil.example:8443", "X-Forwarded-Host: evil.example");

        assertThat(Jsoup.parse(page.body()).select("link[rel=canonical]").attr("href"))
                .isEqualTo(ours + "/neighbourhoods/riverside");
        assertThat(page.body()).doesNotContain("evil.example");
        assertThat(sitemap.body()).contains("<loc>" + ours + "/").doesNotContain("evil.example");
        assertThat(robots.body()).contains("Sitemap: " + ours + "/sitemap.xml").doesNotContain("evil.example");
        assertThat(calendar.status()).isEqualTo(200);
        // Unfolded: iCalendar wraps long lines, a break then a space.
        assertThat(calendar.body().replace("\r\n ", "")).contains(ours + "/events/" + event.group(1))
                .doesNotContain("evil.example");
    }

    private void failSignIn(String from, String username, String... headers) throws IOException {
        var form = send(from, "GET /login", headers);
        var session = form.header("Set-Cookie").orElseThrow().split(";", 2)[0];
        var csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        var body = "username=" + encode(username) + "&password=wrong-" + System.nanoTime() + "&_csrf="
                + encode(csrf.group(1));
        var all = new ArrayList<>(List.of(headers));
        all.addAll(List.of("Cookie: " + session, "Content-Type: application/x-www-form-urlencoded",
                "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length));
        var answer = send(from, "POST /login", all, body);
        assertThat(answer.status()).isEqualTo(302);
    }

    private String auditedAddress(String username) {
        return jdbc.sql("select client_address from audit_event where actor = ? order by id desc limit 1")
                .param(username.toLowerCase(Locale.ROOT)).query(String.class).single();
    }

    private Response send(String from, String requestLine, String... headers) throws IOException {
        return send(from, requestLine, List.of(headers), "");
    }

    /** One HTTP/1.0 exchange (no chunking, closed after) from the given local address, headers as given. */
    private Response send(String from, String requestLine, List<String> headers, String body) throws IOException {
        var request = new StringBuilder(requestLine).append(" HTTP/1.0\r\n");
        if (headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5))) {
            request.append("Host: localhost:").append(port).append("\r\n");
        }
        headers.forEach(header -> request.append(header).append("\r\n"));
        request.append("\r\n").append(body);
        try (var socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var split = raw.indexOf("\r\n\r\n");
            var head = raw.substring(0, split).split("\r\n");
            return new Response(Integer.parseInt(head[0].split(" ")[1]), List.of(head).subList(1, head.length),
                    raw.substring(split + 4));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Response(int status, List<String> headers, String body) {
        Optional<String> header(String name) {
            return headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(h -> h.substring(name.length() + 1).strip()).findFirst();
        }
    }
}
