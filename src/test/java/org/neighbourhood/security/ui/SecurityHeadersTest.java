package org.neighbourhood.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.neighbourhood.events.EventService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.officers.NewOfficer;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.Photo;
import org.neighbourhood.officers.Rank;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateText;
import org.neighbourhood.updates.UpdateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every kind of response the portal gives, fetched over real HTTP as a browser would, carries the headers that
 * keep visitors safe: no content sniffing, no framing by other sites, referrers cut to the origin (and cut off
 * entirely on emailed-link pages), geolocation only for the portal itself, a Content-Security-Policy Flow works
 * under, and caching that never keeps what is private.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class SecurityHeadersTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("script-src [^;]*'nonce-([^']+)'");

    @LocalServerPort
    int port;

    @Autowired
    OfficerService officers;

    @Autowired
    UpdateService updates;

    @Autowired
    EventService events;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    WebApplicationContext application;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        securityContext.clearContext();
        http.close();
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        var event = events.upcoming(EventService.Filter.ALL, Locale.ENGLISH, 1).getFirst().slug();
        var photo = officerWithPhoto();
        var picture = updateWithPicture();
        var home = get("/");
        var script = Jsoup.parse(home.body()).select("script[src*=VAADIN/build]").attr("src").replaceFirst("^\\./", "/");

        var responses = new ArrayList<HttpResponse<String>>(List.of(home,
                get("/neighbourhoods/riverside"), get("/events/" + event), get("/officers/" + photo),
                get("/admin"), get("/no/such/page"), get("/neighbourhoods/nowhere"),
                get("/brand/northshire/brand.css"), get("/brand/northshire/logo.svg"), get(script),
                get("/media/officers/" + photo), get("/media/officers/no-such-officer"), get(picture),
                get("/calendar/events/" + event + ".ics"), get("/calendar/neighbourhoods/riverside.ics"),
                get("/feeds/updates.atom"), get("/feeds/neighbourhoods/nowhere.atom"), get("/sitemap.xml"),
                get("/robots.txt"), get("/api"), get("/api/northshire/riverside"), get("/api/northshire/nowhere"),
                get("/api/openapi.json"),
                get("/actuator/health"), get("/actuator/metrics")));
        responses.addAll(flowRequests());
        // Answered through the servlet container's error dispatch, not by the handler itself.
        responses.add(post("/sitemap.xml", "text/plain", "not a method the sitemap takes"));

        assertThat(responses).extracting(HttpResponse::statusCode)
                .as("each kind of response, found or not: %s", describe(responses))
                .contains(200, 404).allMatch(status -> List.of(200, 302, 401, 403, 404, 405).contains(status));
        for (var response : responses) {
            assertSecurityHeaders(response, "strict-origin-when-cross-origin");
        }
    }

    @Test
    void emailed_link_pages_and_the_sign_in_pages_send_no_referrer_and_are_never_stored() throws Exception {
        for (var path : List.of("/signup/confirm?t=a-token-from-an-email", "/signup/manage?t=another-token",
                "/login/reset?t=a-reset-token", "/login", "/login/forgot", "/signed-out")) {
            var page = get(path);

            assertThat(page.statusCode()).isEqualTo(200);
            assertSecurityHeaders(page, "no-referrer");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @Test
    void the_back_office_and_its_sign_in_page_are_never_stored_but_public_pages_and_files_may_be() throws Exception {
        var signIn = get("/login");
        var csrf = CSRF.matcher(signIn.body());
        assertThat(csrf.find()).isTrue();
        var signedIn = post("/login", "application/x-www-form-urlencoded",
                "username=admin&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));

        for (var path : List.of("/login", "/admin", "/admin/events", "/admin/forums", "/mailbox")) {
            var page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
        assertThat(cacheControl("/neighbourhoods/riverside")).isEqualTo("no-cache");
        assertThat(cacheControl("/robots.txt")).isEqualTo("no-cache");
        assertThat(cacheControl("/brand/northshire/brand.css")).startsWith("max-age=");
        assertThat(cacheControl("/media/officers/" + officerWithPhoto())).contains("max-age=").contains("public");
        assertThat(cacheControl(updateWithPicture())).contains("max-age=").contains("public");
    }

    @Test
    void each_page_has_its_own_script_nonce_and_every_script_of_its_first_html_carries_it() throws Exception {
        // An event's page also has its schema.org description in a script element.
        var event = "/events/" + events.upcoming(EventService.Filter.ALL, Locale.ENGLISH, 1).getFirst().slug();
        var first = get(event);
        var second = get(event);

        var nonce = nonce(first);
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(nonce(second));
        var scripts = Jsoup.parse(first.body()).select("script");
        assertThat(scripts).isNotEmpty();
        assertThat(scripts.eachAttr("nonce")).hasSize(scripts.size()).containsOnly(nonce);
    }

    @Test
    void strict_transport_security_is_sent_on_secure_requests_only() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(application)
                .addFilters(application.getBean("springSecurityFilterChain", Filter.class)).build();

        var secure = mvc.perform(MockMvcRequestBuilders.get("/robots.txt").secure(true)).andReturn().getResponse();
        var plain = mvc.perform(MockMvcRequestBuilders.get("/robots.txt")).andReturn().getResponse();

        assertThat(secure.getHeader("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String referrerPolicy) {
        var where = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(where).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(where).hasValue(referrerPolicy);
        for (var name : List.of("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy",
                "Content-Security-Policy", "Cache-Control")) {
            assertThat(headers.allValues(name)).as("%s once on %s", name, where).hasSize(1);
        }
        assertThat(headers.firstValue("Permissions-Policy")).as(where).hasValueSatisfying(policy -> assertThat(
                        Arrays.stream(policy.split(",\\s*")).toList())
                .contains("geolocation=(self)", "camera=()", "microphone=()", "payment=()", "usb=()"));

        var policy = directives(headers.firstValue("Content-Security-Policy").orElse(""));
        if (response.uri().getPath().startsWith("/media/") && response.statusCode() == 200) {
            // A photo or picture opened on its own loads nothing and runs nothing at all.
            assertThat(policy).as(where).containsEntry("default-src", "'none'")
                    .containsEntry("frame-ancestors", "'none'").containsEntry("base-uri", "'none'")
                    .containsEntry("form-action", "'none'");
            return;
        }
        assertThat(policy).as(where).containsEntry("default-src", "'self'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'")
                .containsEntry("form-action", "'self'")
                .containsEntry("frame-ancestors", "'none'")
                .containsEntry("img-src", "'self' data:")
                .containsEntry("font-src", "'self' data:")
                .containsEntry("style-src", "'self' 'unsafe-inline'");
        assertThat(policy.get("script-src")).as(where).startsWith("'self' 'nonce-").doesNotContain("unsafe-inline");
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";\\s*")).filter(d -> !d.isBlank())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1]));
    }

    private static String nonce(HttpResponse<String> response) {
        var matcher = NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(matcher.find()).as("a script nonce in the policy").isTrue();
        return matcher.group(1);
    }

    /** The first request of a Flow page's own client, and a round trip of its UIDL. */
    private List<HttpResponse<String>> flowRequests() throws Exception {
        get("/neighbourhoods/riverside");
        var init = get("/?v-r=init&location=neighbourhoods%2Friverside&query=");
        var key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as("the UI's security key in %s", init.body()).isTrue();
        var uidl = post("/?v-r=uidl&v-uiId=0", "application/json",
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("\"syncId\":1");
        return List.of(init, uidl);
    }

    /** A new officer of no neighbourhood, so that no other test sees it; its slug. */
    private String officerWithPhoto() throws Exception {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var image = getClass().getResourceAsStream("/images/landscape.webp").readAllBytes();
        var officer = officers.create(new NewOfficer("Headers Test " + System.nanoTime(), Rank.SERGEANT,
                "Test team", java.util.Map.of("en", new org.neighbourhood.officers.OfficerText("Neighbourhood Sergeant",
                        null)), List.of(), List.of(),
                new Photo("image/webp", image, "An officer", Instant.now())));
        securityContext.clearContext();
        return officer.slug();
    }

    /** A published update of Riverside with a picture; the picture's address. */
    private String updateWithPicture() throws Exception {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        var riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        var draft = updates.create(riverside, new UpdateContent(java.util.Map.of("en", new UpdateText("Headers " + System.nanoTime(), "Text."))));
        var image = getClass().getResourceAsStream("/images/landscape.webp").readAllBytes();
        var withPicture = updates.replaceImage(draft.id(), draft.version(), image, "landscape.webp", "A river");
        var published = updates.publish(withPicture.id(), withPicture.version(), null);
        securityContext.clearContext();
        return Objects.requireNonNull(updates.findPublic(published.slug(), Locale.ENGLISH).orElseThrow().imageUrl());
    }

    private String cacheControl(String path) throws Exception {
        return get(path).headers().firstValue("Cache-Control").orElse("");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String describe(List<HttpResponse<String>> responses) {
        return responses.stream().map(r -> r.uri().getPath() + "=" + r.statusCode()).collect(Collectors.joining(", "));
    }
}
