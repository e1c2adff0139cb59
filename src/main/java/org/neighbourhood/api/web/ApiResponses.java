package org.neighbourhood.api.web;

import java.time.Duration;
import java.util.Optional;

import org.neighbourhood.api.ReadModels;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every API answer goes out: JSON with its validators, so that Spring answers {@code 304} to a matching
 * {@code If-None-Match} or {@code If-Modified-Since}, and caching rules a CDN may follow; or a small JSON error.
 */
final class ApiResponses {

    /** Lists change rarely: a CDN or browser may keep them five minutes. */
    static final CacheControl LIST = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    /** One neighbourhood's details, team, events and priorities: a minute. */
    static final CacheControl ITEM = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private ApiResponses() {
    }

    static ResponseEntity<byte[]> json(Optional<ReadModels.Body> body, CacheControl caching, String missing) {
        return body.map(found -> json(found, caching)).orElseGet(() -> error(HttpStatus.NOT_FOUND, missing));
    }

    static ResponseEntity<byte[]> json(ReadModels.Body body, CacheControl caching) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(caching)
                .eTag(body.etag())
                .lastModified(body.lastModified())
                // Texts are in the language asked for; a shared cache keeps one copy per language.
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body.json());
    }

    static ResponseEntity<byte[]> error(HttpStatus status, String message) {
        var body = "{\"status\":" + status.value() + ",\"error\":" + quoted(status.getReasonPhrase())
                + ",\"message\":" + quoted(message) + "}";
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noCache())
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A JSON string; the messages are the API's own, but a path part the client sent may be quoted in them. */
    static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
