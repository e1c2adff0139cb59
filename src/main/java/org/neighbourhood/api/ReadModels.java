package org.neighbourhood.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.neighbourhood.base.ContentChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers as ready-made JSON, kept in memory until content changes (any committed write) or for a short
 * while at most, so that an item whose publication falls due shows without a write. Each carries a validator: a
 * weak ETag from its bytes, and when those bytes were first served.
 */
@Component
public class ReadModels {

    /**
     * One answer.
     *
     * @param lastModified when an answer with these very bytes was first made: the content has not changed since
     */
    public record Body(byte[] json, String etag, Instant lastModified) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ContentChanges changes;
    private final Clock clock;
    private final Cache<String, Body> bodies;
    private final Cache<String, Instant> firstMade =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(2)).build();
    private volatile long generation = -1;

    ReadModels(ContentChanges changes, Clock clock,
            @Value("${neighbourhood.api.read-model-ttl:60s}") Duration timeToLive) {
        this.changes = changes;
        this.clock = clock;
        this.bodies = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(timeToLive).build();
    }

    /** The answer kept for this key, or a new one built and kept; empty when there is nothing at that address. */
    public Optional<Body> get(String key, Supplier<? extends Optional<?>> build) {
        long current = changes.generation();
        if (current != generation) {
            synchronized (this) {
                if (current != generation) {
                    bodies.invalidateAll();
                    generation = current;
                }
            }
        }
        var kept = bodies.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Body> built = build.get().map(this::body);
        // Built from what was read before a change committed meanwhile: served once, never kept.
        if (built.isPresent() && changes.generation() == current) {
            bodies.put(key, built.get());
        }
        return built;
    }

    /** An object as the API writes it, indented for people to read, as on the API's own page. */
    public static String readable(Object value) {
        return PRETTY.writeValueAsString(value);
    }

    private Body body(Object value) {
        var json = JSON.writeValueAsBytes(value);
        var etag = etag(json);
        var made = firstMade.get(etag, tag -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return new Body(json, etag, made);
    }

    /** A weak validator: equal bytes, equal tag; weak, so that compressing the response on the way keeps it. */
    public static String etag(byte[] bytes) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
