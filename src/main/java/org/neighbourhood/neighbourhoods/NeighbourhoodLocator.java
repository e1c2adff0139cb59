package org.neighbourhood.neighbourhoods;

import java.util.ArrayList;

import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Holds the current {@link LocatorIndex} and builds a new one from the database at start-up and after every
 * import; lookups never wait for a rebuild, they use the index that was current when they began.
 */
@Component
class NeighbourhoodLocator {

    private static final Logger log = LoggerFactory.getLogger(NeighbourhoodLocator.class);

    private final NeighbourhoodRepository neighbourhoods;
    private final PostcodeCoverageRepository coverage;
    private volatile LocatorIndex index = LocatorIndex.empty();
    private volatile boolean loaded;

    NeighbourhoodLocator(NeighbourhoodRepository neighbourhoods, PostcodeCoverageRepository coverage) {
        this.neighbourhoods = neighbourhoods;
        this.coverage = coverage;
    }

    LocatorIndex index() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    reload();
                }
            }
        }
        return index;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCoverageChanged(CoverageChanged event) {
        reload();
    }

    @Transactional(readOnly = true)
    synchronized void reload() {
        long start = System.nanoTime();
        var reader = new WKTReader();
        var areas = new ArrayList<LocatorIndex.Area>();
        for (var neighbourhood : neighbourhoods.findAll()) {
            var wkt = neighbourhood.getBoundaryWkt();
            if (wkt == null || neighbourhood.getId() == null) {
                continue;
            }
            try {
                areas.add(new LocatorIndex.Area(neighbourhood.getId(), reader.read(wkt)));
            } catch (ParseException e) {
                log.error("Boundary of neighbourhood {} cannot be read; it is left out of the index",
                        neighbourhood.getSlug(), e);
            }
        }
        var built = LocatorIndex.build(coverage.findAll(), areas);
        index = built;
        loaded = true;
        log.info("Neighbourhood locator loaded {} postcodes and {} boundaries in {} ms", built.postcodeCount(),
                built.boundaryCount(), (System.nanoTime() - start) / 1_000_000);
    }
}
