package org.neighbourhood.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.neighbourhood.api.ReadModels;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The OpenAPI 3.1 description of every endpoint, compatible and own, at one stable address. */
@RestController
class OpenApiController {

    static final String PATH = "/api/openapi.json";

    private final ReadModels.Body document;

    OpenApiController() {
        try (var in = new ClassPathResource("api/openapi.json").getInputStream()) {
            var bytes = in.readAllBytes();
            // The description changes only with a new release of the portal, which starts it again.
            document = new ReadModels.Body(bytes, ReadModels.etag(bytes), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> openApi() {
        return ApiResponses.json(document, ApiResponses.LIST);
    }
}
