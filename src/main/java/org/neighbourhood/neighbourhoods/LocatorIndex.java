package org.neighbourhood.neighbourhoods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable, in-memory index that answers "which neighbourhood?" for a postcode or a location in
 * microseconds, at national scale: full postcodes in one sorted array of packed longs, outward codes in a
 * small map, and boundaries as prepared polygons in an STR-tree. Safe to share between threads once built.
 */
final class LocatorIndex {

    /** Bits of a packed entry that hold the neighbourhood's position in {@link #ids}. */
    private static final int SLOT_BITS = 21;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    static final int MAX_NEIGHBOURHOODS = 1 << SLOT_BITS;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final long[] ids;
    private final long[] fullPostcodes;
    private final Map<String, long[]> explicitOutward;
    private final Map<String, long[]> outwardFromFull;
    private final STRtree boundaries;
    private final int boundaryCount;

    record Coverage(long neighbourhoodId, Postcode postcode) {
    }

    record Area(long neighbourhoodId, Geometry boundary) {
    }

    private LocatorIndex(long[] ids, long[] fullPostcodes, Map<String, long[]> explicitOutward,
            Map<String, long[]> outwardFromFull, STRtree boundaries, int boundaryCount) {
        this.ids = ids;
        this.fullPostcodes = fullPostcodes;
        this.explicitOutward = explicitOutward;
        this.outwardFromFull = outwardFromFull;
        this.boundaries = boundaries;
        this.boundaryCount = boundaryCount;
    }

    static LocatorIndex empty() {
        return build(List.of(), List.of());
    }

    static LocatorIndex build(Collection<Coverage> coverage, Collection<Area> areas) {
        var slots = new HashMap<Long, Integer>();
        var idList = new ArrayList<Long>();
        var fullCount = (int) coverage.stream().filter(c -> c.postcode().isFull()).count();
        var packed = new long[fullCount];
        var explicit = new HashMap<String, Set<Long>>();
        var fromFull = new HashMap<String, Set<Long>>();
        int next = 0;
        for (var entry : coverage) {
            var postcode = entry.postcode();
            if (postcode.isFull()) {
                int slot = slots.computeIfAbsent(entry.neighbourhoodId(), id -> {
                    idList.add(id);
                    return idList.size() - 1;
                });
                if (slot >= MAX_NEIGHBOURHOODS) {
                    throw new IllegalStateException("More than " + MAX_NEIGHBOURHOODS + " neighbourhoods");
                }
                packed[next++] = (postcode.key() << SLOT_BITS) | slot;
                fromFull.computeIfAbsent(postcode.outward(), k -> new LinkedHashSet<>()).add(entry.neighbourhoodId());
            } else {
                explicit.computeIfAbsent(postcode.outward(), k -> new LinkedHashSet<>()).add(entry.neighbourhoodId());
            }
        }
        Arrays.sort(packed);

        var tree = new STRtree();
        var factory = new PreparedGeometryFactory();
        for (var area : areas) {
            var prepared = factory.create(area.boundary());
            // Build the point-in-area index now, once, rather than racing to build it on the first lookups.
            prepared.covers(area.boundary().getInteriorPoint());
            tree.insert(area.boundary().getEnvelopeInternal(), new Candidate(area.neighbourhoodId(), prepared));
        }
        tree.build();
        return new LocatorIndex(idList.stream().mapToLong(Long::longValue).toArray(), packed,
                toArrays(explicit), toArrays(fromFull), tree, areas.size());
    }

    private static Map<String, long[]> toArrays(Map<String, Set<Long>> sets) {
        var arrays = new HashMap<String, long[]>(sets.size() * 2);
        sets.forEach((k, v) -> arrays.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return Map.copyOf(arrays);
    }

    /** The neighbourhoods that list this full postcode, usually one; empty when none does. */
    long[] byFullPostcode(Postcode postcode) {
        long key = postcode.key();
        int at = lowerBound(key << SLOT_BITS);
        int end = at;
        while (end < fullPostcodes.length && (fullPostcodes[end] >>> SLOT_BITS) == key) {
            end++;
        }
        var found = new long[end - at];
        for (int i = at; i < end; i++) {
            found[i - at] = ids[(int) (fullPostcodes[i] & SLOT_MASK)];
        }
        return found;
    }

    /** The neighbourhoods that cover a whole outward code, as listed in their coverage. */
    long[] byOutwardCode(String outward) {
        // A copy: the index is shared, and a caller that changed the array would change every later answer.
        return explicitOutward.getOrDefault(outward, new long[0]).clone();
    }

    /**
     * Every neighbourhood with a part of an outward code: those that cover it whole first, then those
     * that cover some of its full postcodes.
     */
    long[] withinOutwardCode(String outward) {
        var all = new LinkedHashSet<Long>();
        for (long id : byOutwardCode(outward)) {
            all.add(id);
        }
        for (long id : outwardFromFull.getOrDefault(outward, new long[0])) {
            all.add(id);
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    /** The neighbourhood whose boundary holds the point, or -1 when none does. */
    long locate(double latitude, double longitude) {
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        var candidates = boundaries.query(point.getEnvelopeInternal());
        long found = -1;
        for (Object candidate : candidates) {
            var c = (Candidate) candidate;
            if (c.boundary().covers(point) && (found == -1 || c.neighbourhoodId() < found)) {
                found = c.neighbourhoodId();
            }
        }
        return found;
    }

    int postcodeCount() {
        return fullPostcodes.length;
    }

    int boundaryCount() {
        return boundaryCount;
    }

    private int lowerBound(long value) {
        int low = 0;
        int high = fullPostcodes.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (fullPostcodes[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private record Candidate(long neighbourhoodId, PreparedGeometry boundary) {
    }
}
