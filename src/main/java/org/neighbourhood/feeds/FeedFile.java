package org.neighbourhood.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A feed as it is served.
 *
 * @param lastModified the newest change to anything in it, or when it came into view if that was later
 */
public record FeedFile(String body, Instant lastModified) {

    /**
     * A strong validator made from the body itself: it changes exactly when the body does, including when something
     * leaves the feed, which no date of what is still in it can show.
     */
    public String etag() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
