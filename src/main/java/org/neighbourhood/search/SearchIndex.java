package org.neighbourhood.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.search.SearchFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the index in step with the database. Changes made through the portal are indexed as they are saved; on
 * start, an index that is missing, written for another mapping, or holding another count of items than the
 * database (rows written outside Hibernate, such as by an import) is rebuilt by the mass indexer while the portal
 * serves. An administrator can rebuild it at any time and follow its progress.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String VERSION_FILE = "mapping-version";

    /** Where a rebuild stands: how many items are indexed of how many there are. */
    public record Progress(boolean running, long indexed, long total, @Nullable String problem) {
    }

    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable Path root;
    private final boolean waitOnStart;
    private final AtomicReference<@Nullable CompletableFuture<?>> running = new AtomicReference<>();
    private volatile @Nullable String problem;

    SearchIndex(EntityManagerFactory entityManagerFactory,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}")
            String directoryType,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root,
            @Value("${neighbourhood.search.wait-for-index:false}") boolean waitOnStart) {
        this.entityManagerFactory = entityManagerFactory;
        this.root = directoryType.equals("local-filesystem") && !root.isBlank() ? Path.of(root) : null;
        this.waitOnStart = waitOnStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnStart() {
        var reason = staleness();
        if (reason == null) {
            log.info("Search index is up to date ({} items)", indexedCount());
            return;
        }
        log.info("Rebuilding the search index: {}", reason);
        var rebuild = start();
        if (waitOnStart) {
            rebuild.join();
        }
    }

    /**
     * Starts a rebuild unless one is running; the portal keeps serving, and finds more as it goes.
     *
     * @return the rebuild, done when the index is whole again
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<?> rebuild() {
        return start();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Progress progress() {
        var rebuild = running.get();
        return new Progress(rebuild != null && !rebuild.isDone(), indexedCount(), databaseCount(), problem);
    }

    private synchronized CompletableFuture<?> start() {
        var current = running.get();
        if (current != null && !current.isDone()) {
            return current;
        }
        problem = null;
        var rebuild = mapping().scope(Object.class).massIndexer()
                .purgeAllOnStart(true)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(1)
                // One segment to read from once written: a rebuilt index is searched far more than it changes.
                .mergeSegmentsOnFinish(true)
                .start().toCompletableFuture()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        problem = String.valueOf(failure.getMessage());
                        log.error("The search index could not be rebuilt", failure);
                    } else {
                        writeVersion();
                        log.info("Search index rebuilt");
                    }
                });
        running.set(rebuild);
        return rebuild;
    }

    /** Why the index must be rebuilt, or null when it is in step with the database. */
    private @Nullable String staleness() {
        if (root != null) {
            try {
                var file = root.resolve(VERSION_FILE);
                var written = Files.exists(file) ? Files.readString(file).strip() : "";
                if (!written.equals(Integer.toString(SearchFields.MAPPING_VERSION))) {
                    return written.isEmpty() ? "no index yet" : "written for mapping " + written + ", not "
                            + SearchFields.MAPPING_VERSION;
                }
            } catch (IOException unreadable) {
                return "its version cannot be read: " + unreadable.getMessage();
            }
        }
        long indexed = indexedCount();
        long stored = databaseCount();
        return indexed == stored ? null : indexed + " items indexed of " + stored;
    }

    private long indexedCount() {
        try (var manager = entityManagerFactory.createEntityManager()) {
            return Search.session(manager).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private long databaseCount() {
        try (var manager = entityManagerFactory.createEntityManager()) {
            return mapping().allIndexedEntities().stream()
                    .mapToLong(type -> manager.createQuery("select count(e) from " + type.jpaName() + " e",
                            Long.class).getSingleResult())
                    .sum();
        }
    }

    private void writeVersion() {
        if (root == null) {
            return;
        }
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(VERSION_FILE), Integer.toString(SearchFields.MAPPING_VERSION));
        } catch (IOException unwritable) {
            log.warn("The search index's version could not be written; it will be rebuilt on the next start",
                    unwritable);
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
