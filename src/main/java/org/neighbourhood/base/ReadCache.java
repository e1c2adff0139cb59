package org.neighbourhood.base;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What a public page reads, kept in memory until content changes: each value is kept for the generation of
 * {@link ContentChanges} it was read in, so that the first read after any committed write reads again — a change
 * an editor publishes shows on the next visit — while a surge of visits to one page reads the database once.
 * Values must be immutable, as they are shared between visitors.
 *
 * @param <K> what a value is found by, such as a slug
 */
public final class ReadCache<K, V> {

    private record Key<K>(K key, long generation) {
    }

    private final ContentChanges changes;
    private final Cache<Key<K>, V> values;

    public ReadCache(ContentChanges changes, long maximumSize) {
        this.changes = changes;
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The value for a key as of the current generation, read with {@code read} if not kept. */
    public V get(K key, Function<K, V> read) {
        return values.get(new Key<>(key, changes.generation()), kept -> read.apply(kept.key()));
    }
}
