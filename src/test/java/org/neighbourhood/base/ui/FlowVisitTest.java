package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A visit as Flow's client makes it — the page, the UI's start, the navigation — over HTTP: the UI keeps its last
 * answer compressed and still gives it again to a browser that repeats its request, and an anonymous visitor's
 * session ends soon after their last request unless an open tab's heartbeats keep it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FlowVisitTest {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private WebServerApplicationContext server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_repeated_request_gets_the_same_answer_again_from_the_compressed_copy() throws Exception {
        var init = http.send(request("/?v-r=init&location=neighbourhoods%2Friverside&query=").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        var session = init.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow().split(";")[0];
        var uiId = find(UI_ID, init.body());
        var navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":\
                "neighbourhoods/riverside","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                "syncId":0,"clientId":0}""".formatted(find(SECURITY_KEY, init.body()));

        var first = uidl(uiId, session, navigate);
        var again = uidl(uiId, session, navigate);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Riverside").doesNotContain("appError");
        assertThat(again.body()).as("the same answer, read back from the compressed copy").isEqualTo(first.body());
        assertThat(maxInactiveSeconds(session.substring(session.indexOf('=') + 1)))
                .as("an anonymous session ends three minutes after its last request or heartbeat").isEqualTo(180);
    }

    @Test
    void the_bundle_named_by_its_content_is_kept_for_a_year_and_sent_compressed() throws Exception {
        var page = http.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        var bundle = find(Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\""), page);

        var file = http.send(request("/" + bundle).header("Accept-Encoding", "br, gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(file.headers().firstValue("Content-Encoding")).hasValueSatisfying(
                encoding -> assertThat(encoding).isIn("br", "gzip"));
        var missing = http.send(request("/VAADIN/build/nothing-ABCDEFGH.js").GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control")).isNotEqualTo(
                java.util.Optional.of("public, max-age=31536000, immutable"));
    }

    private HttpResponse<String> uidl(String uiId, String session, String body) throws Exception {
        return http.send(request("/?v-r=uidl&v-uiId=" + uiId).header("Cookie", session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "en");
    }

    private static String find(Pattern pattern, String text) {
        var found = pattern.matcher(text);
        assertThat(found.find()).as(pattern.pattern() + " in " + text).isTrue();
        return found.group(1);
    }

    private int maxInactiveSeconds(String sessionId) throws Exception {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var manager = ((Context) tomcat.getHost().findChildren()[0]).getManager();
        return manager.findSession(sessionId).getMaxInactiveInterval();
    }
}
