package org.neighbourhood.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitemapTest {

    @LocalServerPort
    int port;

    @Test
    void the_sitemap_lists_public_pages_in_both_languages_and_nothing_of_the_back_office() throws Exception {
        var response = get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));
        var base = "http://localhost:" + port;
        assertThat(response.body())
                .contains("<loc>" + base + "/neighbourhoods/riverside</loc>")
                .contains("<loc>" + base + "/officers/tomasz-lis</loc>")
                .contains("<loc>" + base + "/accessibility</loc>")
                .contains("<loc>" + base + "/updates</loc>")
                .contains("hreflang=\"pl\" href=\"" + base + "/neighbourhoods/riverside?lang=pl\"")
                .doesNotContain("/admin")
                .doesNotContain("/login");
    }

    @Test
    void robots_txt_keeps_crawlers_out_of_the_back_office_and_points_to_the_sitemap() throws Exception {
        var body = get("/robots.txt").body();

        assertThat(body).contains("Disallow: /admin").contains("Sitemap: http://localhost:" + port + "/sitemap.xml");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
