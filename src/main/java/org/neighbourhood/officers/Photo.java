package org.neighbourhood.officers;

import java.time.Instant;

/** An officer's picture, its media type and the alternative text that describes it. */
public record Photo(String contentType, byte[] data, String alt, Instant updatedAt) {
}
