package org.neighbourhood.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.TreeSet;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description is valid OpenAPI 3.1 as a parser reads it, and describes exactly the API's addresses:
 * one added to a controller and not described, or described and not served, fails here.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void the_description_is_valid_openapi_3_1_and_names_every_address_the_api_serves() throws Exception {
        String document;
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/openapi.json")).header("X-Forwarded-For", "192.0.2.77").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            document = response.body();
        }
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).isEmpty();
        var api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getInfo().getLicense().getName()).isEqualTo("Open Government Licence v3.0");
        assertThat(api.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/api"));

        var described = new TreeSet<>(api.getPaths().keySet());
        var served = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") && !pattern.contains("**"))
                .map(pattern -> pattern.substring("/api".length()))
                .forEach(served::add));
        assertThat(described).isEqualTo(served);
        api.getPaths().forEach((path, item) -> {
            assertThat(item.getGet()).as(path).isNotNull();
            assertThat(item.getGet().getResponses()).as(path).containsKey("200");
        });
    }
}
