package org.neighbourhood.base;

import java.util.Objects;
import java.util.function.Function;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What a public page reads, kept in memory until content changes: each value is kept for the generation of
 * {@link ContentChanges} it was read in, so that the first read after any committed write reads again — a change
 * an editor publishes shows on the next visit — while a surge of visits to one page reads the database once.
 * Values must be immutable, as they are shared between visitors. A value is read in a read-only transaction of its
 * own, so the method that asks should open none ({@code Propagation.SUPPORTS}): a visit that finds its value kept
 * then does not touch the database at all.
 *
 * @param <K> what a value is found by, such as a slug
 */
public final class ReadCache<K, V> {

    private record Key<K>(K key, long generation) {
    }

    private final ContentChanges changes;
    private final Cache<Key<K>, V> values;
    private final TransactionTemplate reading;

    public ReadCache(ContentChanges changes, PlatformTransactionManager transactions, long maximumSize) {
        this.changes = changes;
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * The value for a key as of the current generation, read with {@code read} if not kept. Inside a transaction
     * that may write, it is read there and not kept: that transaction may see what it has not committed yet.
     */
    public V get(K key, Function<K, V> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.apply(key);
        }
        return values.get(new Key<>(key, changes.generation()),
                kept -> Objects.requireNonNull(reading.execute(status -> read.apply(kept.key()))));
    }
}
