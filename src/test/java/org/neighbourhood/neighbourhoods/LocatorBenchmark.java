package org.neighbourhood.neighbourhoods;

import static org.neighbourhood.Benchmarks.seconds;
import static org.neighbourhood.Benchmarks.usedHeapAfterGc;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Measures {@link LocatorIndex} at national scale: about 1.8 million full postcodes over 5,000 neighbourhoods
 * and 5,000 boundaries of about 200 vertices that tile an area the size of Great Britain. All data are
 * generated from a fixed seed, so every run measures the same input. Run with {@code ./mvnw -Pbenchmark}.
 *
 * <p>What is measured:
 * <ul>
 * <li>load: {@link LocatorIndex#build} alone, from rows already in memory (reading the database is not
 * included);</li>
 * <li>heap: used heap after full GCs with only the built index reachable, minus used heap after full GCs
 * before any input was generated. It is everything the index keeps alive, including the boundary geometries
 * it holds, and excludes the input rows, which are dropped first;</li>
 * <li>throughput: calls per second of one thread over the measured queries, without per-call timing;</li>
 * <li>latency: each call timed on its own with {@link System#nanoTime()} (so a figure includes the timer's
 * own cost, a few tens of nanoseconds), after a warm-up on other queries, and GC pauses are not left out.</li>
 * </ul>
 */
final class LocatorBenchmark {

    private static final long SEED = 20_240_601L;

    private static final int NEIGHBOURHOODS = 5_000;
    private static final int POSTCODES = 1_800_000;
    /** Every this many postcodes, one is also covered by the next neighbourhood, as happens on a boundary. */
    private static final int SHARED_EVERY = 250;
    /** Every this many outward codes, one is covered whole by a neighbourhood. */
    private static final int OUTWARD_COVERED_EVERY = 10;

    private static final int GRID_ROWS = 100;
    private static final int GRID_COLUMNS = 50;
    private static final int POINTS_PER_EDGE = 50;
    private static final double SOUTH = 50;
    private static final double NORTH = 58;
    private static final double WEST = -6;
    private static final double EAST = 2;
    /** Random points are drawn this far inside the outer edge of the tiled area, which wiggles too. */
    private static final double INSET = 0.05;
    private static final int TILING_CHECK_POINTS = 20_000;

    private static final int WARM_UP = 500_000;
    private static final int MEASURED = 1_000_000;

    private static final double TARGET_P99_MICROS = 20;
    private static final double TARGET_LOAD_SECONDS = 15;
    private static final double TARGET_HEAP_MB = 600;

    /** Letters used in the inward code of UK postcodes (no C, I, K, M, O, V). */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** Results of the calls end up here, so that the JIT cannot drop the calls. */
    static volatile long sink;

    private LocatorBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        var runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "LocatorIndex benchmark: Java %s, %d processors, max heap %d MB, GC %s%n",
                System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());

        // Query keys are sampled while the input exists; their arrays are allocated first, outside the heap delta.
        var warmUpKeys = new long[WARM_UP];
        var measuredKeys = new long[MEASURED];
        var checkPoints = new double[2][TILING_CHECK_POINTS];
        var checkIds = new long[TILING_CHECK_POINTS];
        long heapBefore = usedHeapAfterGc();

        var random = new Random(SEED);
        long start = System.nanoTime();
        var coverage = postcodeCoverage(random);
        double postcodeSeconds = seconds(start);
        var fullRows = coverage.stream().filter(c -> c.postcode().isFull()).toList();
        for (int i = 0; i < WARM_UP; i++) {
            warmUpKeys[i] = fullRows.get(random.nextInt(fullRows.size())).postcode().key();
        }
        for (int i = 0; i < MEASURED; i++) {
            measuredKeys[i] = fullRows.get(random.nextInt(fullRows.size())).postcode().key();
        }
        int fullCount = fullRows.size();
        fullRows = null;

        start = System.nanoTime();
        var areas = boundaries(random);
        double boundarySeconds = seconds(start);
        start = System.nanoTime();
        String tiling = checkTiling(areas, new Random(SEED + 1), checkPoints, checkIds);
        double tilingSeconds = seconds(start);
        long heapWithInput = usedHeapAfterGc();

        System.out.printf(Locale.ROOT, "Input: %,d coverage rows (%,d full postcodes, %,d of them distinct, %,d outward"
                + " codes covered whole) over %,d neighbourhoods, generated in %.1f s, in random order%n",
                coverage.size(), fullCount, POSTCODES, coverage.size() - fullCount, NEIGHBOURHOODS, postcodeSeconds);
        System.out.printf(Locale.ROOT, "       %,d boundaries of %d vertices in a %d x %d grid of irregular cells,"
                + " %.0f..%.0f N, %.0f..%.0f E, generated in %.1f s%n", areas.size(), 4 * POINTS_PER_EDGE, GRID_ROWS,
                GRID_COLUMNS, SOUTH, NORTH, WEST, EAST, boundarySeconds);
        System.out.printf(Locale.ROOT, "       tiling check (%.1f s): %s%n", tilingSeconds, tiling);
        System.out.printf(Locale.ROOT, "       heap used by the input rows and boundaries: %.0f MB%n",
                mb(heapWithInput - heapBefore));

        start = System.nanoTime();
        var index = LocatorIndex.build(coverage, areas);
        double loadSeconds = seconds(start);
        coverage = null;
        areas = null;
        long heapWithIndex = usedHeapAfterGc();
        double heapMb = mb(heapWithIndex - heapBefore);

        int agreeing = 0;
        for (int i = 0; i < TILING_CHECK_POINTS; i++) {
            if (index.locate(checkPoints[0][i], checkPoints[1][i]) == checkIds[i]) {
                agreeing++;
            }
        }
        System.out.printf(Locale.ROOT, "Index: %,d full postcode entries, %,d boundaries; locate agrees with plain JTS"
                + " covers on %,d of %,d check points%n", index.postcodeCount(), index.boundaryCount(), agreeing,
                TILING_CHECK_POINTS);
        System.out.printf(Locale.ROOT, "Load:  LocatorIndex.build from rows in memory: %.2f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "Heap:  retained by the built index alone (input rows dropped; used heap after"
                + " full GC, minus before any input): %.0f MB%n", heapMb);

        var warmUpPostcodes = decode(warmUpKeys);
        var measuredPostcodes = decode(measuredKeys);
        var points = new Random(SEED + 2);
        var warmUpPoints = randomPoints(points, WARM_UP);
        var measuredPoints = randomPoints(points, MEASURED);

        System.out.printf(Locale.ROOT, "Queries: %,d warm-up then %,d measured calls each, one thread%n", WARM_UP,
                MEASURED);
        var postcodes = benchmarkPostcodes(index, warmUpPostcodes, measuredPostcodes);
        var locations = benchmarkLocations(index, warmUpPoints, measuredPoints);

        System.out.println();
        System.out.println("| lookup                  |  calls/s  | p50 µs | p99 µs | p99.9 µs | max µs | not found |");
        System.out.println("|-------------------------|-----------|--------|--------|----------|--------|-----------|");
        postcodes.print("byFullPostcode");
        locations.print("locate(lat, lng)");
        System.out.println();

        var misses = new ArrayList<String>();
        check(misses, postcodes.p99() < TARGET_P99_MICROS, "postcode p99 %.2f µs < %.0f µs", postcodes.p99(),
                TARGET_P99_MICROS);
        check(misses, locations.p99() < TARGET_P99_MICROS, "locate p99 %.2f µs < %.0f µs", locations.p99(),
                TARGET_P99_MICROS);
        check(misses, loadSeconds < TARGET_LOAD_SECONDS, "load %.2f s < %.0f s", loadSeconds, TARGET_LOAD_SECONDS);
        check(misses, heapMb < TARGET_HEAP_MB, "heap %.0f MB < %.0f MB", heapMb, TARGET_HEAP_MB);
        check(misses, postcodes.notFound() == 0 && locations.notFound() == 0 && agreeing == TILING_CHECK_POINTS,
                "every query found a neighbourhood, the right one at every check point");
        System.out.println(misses.stream().noneMatch(m -> m.startsWith("MISSED"))
                ? "VERDICT: PASS - " + String.join("; ", misses)
                : "VERDICT: FAIL - " + String.join("; ", misses));
        System.out.println("(sink " + sink + ")");
    }

    // ---- Postcodes ----

    /** Full postcodes over the outward codes of about 120 areas, each neighbourhood a run of them. */
    private static List<LocatorIndex.Coverage> postcodeCoverage(Random random) {
        var outwards = outwardCodes(random);
        // Share the postcodes out between the outward codes unevenly, about 600 each, 4,000 at most.
        var weights = new double[outwards.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.5 + random.nextDouble();
            total += weights[i];
        }
        var counts = new int[outwards.size()];
        int assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.min(4_000, (int) (weights[i] / total * POSTCODES));
            assigned += counts[i];
        }
        for (int i = 0; assigned < POSTCODES; i = (i + 1) % counts.length) {
            if (counts[i] < 4_000) {
                counts[i]++;
                assigned++;
            }
        }

        var inwards = new String[10 * INWARD_LETTERS.length() * INWARD_LETTERS.length()];
        int n = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            for (char first : INWARD_LETTERS.toCharArray()) {
                for (char second : INWARD_LETTERS.toCharArray()) {
                    inwards[n++] = "" + digit + first + second;
                }
            }
        }
        var order = new int[inwards.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }

        var rows = new ArrayList<LocatorIndex.Coverage>(POSTCODES + POSTCODES / SHARED_EVERY + outwards.size());
        int postcode = 0;
        for (int o = 0; o < outwards.size(); o++) {
            // A random choice of distinct inward codes, in order, as a district lists them.
            for (int i = 0; i < counts[o]; i++) {
                int j = i + random.nextInt(order.length - i);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            var chosen = Arrays.copyOf(order, counts[o]);
            Arrays.sort(chosen);
            String outward = outwards.get(o);
            if (o % OUTWARD_COVERED_EVERY == 0) {
                rows.add(new LocatorIndex.Coverage(neighbourhoodOf(postcode), Postcode.parse(outward).orElseThrow()));
            }
            for (int inward : chosen) {
                // Parsed from text, one row at a time, as the database rows are.
                var parsed = Postcode.parse(outward + " " + inwards[inward]).orElseThrow();
                long neighbourhood = neighbourhoodOf(postcode);
                rows.add(new LocatorIndex.Coverage(neighbourhood, parsed));
                if (postcode % SHARED_EVERY == SHARED_EVERY - 1 && neighbourhood < NEIGHBOURHOODS) {
                    rows.add(new LocatorIndex.Coverage(neighbourhood + 1,
                            Postcode.parse(outward + inwards[inward]).orElseThrow()));
                }
                postcode++;
            }
        }
        Collections.shuffle(rows, random);
        return rows;
    }

    /** Neighbourhood ids run from 1 to {@link #NEIGHBOURHOODS}, each a run of consecutive postcodes. */
    private static long neighbourhoodOf(int postcode) {
        return 1 + (long) postcode * NEIGHBOURHOODS / POSTCODES;
    }

    /**
     * Outward codes of UK formats: about 120 areas of one or two letters (A9, A99, AA9, AA99), with some
     * districts split into lettered sub-districts (A9A, AA9A), about 3,000 in all.
     */
    private static List<String> outwardCodes(Random random) {
        var areas = new TreeSet<String>();
        for (char letter : "BEGLMNSW".toCharArray()) {
            areas.add(String.valueOf(letter));
        }
        String firsts = "ABCDEFGHIJKLMNOPRSTUWYZ";
        String seconds = "ABCDEFGHKLMNOPQRSTUVWXY";
        while (areas.size() < 124) {
            areas.add("" + firsts.charAt(random.nextInt(firsts.length()))
                    + seconds.charAt(random.nextInt(seconds.length())));
        }
        var outwards = new ArrayList<String>();
        for (var area : areas) {
            var districts = new TreeSet<Integer>();
            int count = 8 + random.nextInt(33);
            while (districts.size() < count) {
                districts.add(1 + random.nextInt(99));
            }
            for (int district : districts) {
                if (district < 10 && random.nextInt(5) == 0) {
                    int subDistricts = 2 + random.nextInt(3);
                    for (int s = 0; s < subDistricts; s++) {
                        outwards.add(area + district + (char) ('A' + s));
                    }
                } else {
                    outwards.add(area + district);
                }
            }
        }
        return outwards;
    }

    /** Turns the sampled keys back into postcodes (6 bits a character; the inward code is the last three). */
    private static Postcode[] decode(long[] keys) {
        var postcodes = new Postcode[keys.length];
        var chars = new StringBuilder(7);
        for (int i = 0; i < keys.length; i++) {
            chars.setLength(0);
            for (long key = keys[i]; key != 0; key >>>= 6) {
                int code = (int) (key & 63);
                chars.append(code <= 10 ? (char) ('0' + code - 1) : (char) ('A' + code - 11));
            }
            var text = chars.reverse().toString();
            postcodes[i] = new Postcode(text.substring(0, text.length() - 3), text.substring(text.length() - 3));
            if (postcodes[i].key() != keys[i]) {
                throw new IllegalStateException("Cannot decode " + keys[i]);
            }
        }
        return postcodes;
    }

    // ---- Boundaries ----

    /**
     * A grid of cells whose corners are moved at random and whose edges wiggle (a sum of a few sine waves that
     * vanish at the corners). Each edge is computed once and used by both cells it separates, so that
     * neighbouring cells share their edges exactly and the cells tile the area. The corners move at most 0.1
     * of a cell and an edge's slope stays below 1 in cell units, so edges meet only at corners and each cell is
     * a valid polygon.
     */
    private static List<LocatorIndex.Area> boundaries(Random random) {
        var cornerX = new double[GRID_ROWS + 1][GRID_COLUMNS + 1];
        var cornerY = new double[GRID_ROWS + 1][GRID_COLUMNS + 1];
        for (int r = 0; r <= GRID_ROWS; r++) {
            for (int c = 0; c <= GRID_COLUMNS; c++) {
                cornerX[r][c] = c + (random.nextDouble() - 0.5) * 0.2;
                cornerY[r][c] = r + (random.nextDouble() - 0.5) * 0.2;
            }
        }
        // Edges as lng/lat points, from the lower-numbered corner, the far corner excluded.
        var horizontal = new Coordinate[GRID_ROWS + 1][GRID_COLUMNS][];
        var vertical = new Coordinate[GRID_ROWS][GRID_COLUMNS + 1][];
        for (int r = 0; r <= GRID_ROWS; r++) {
            for (int c = 0; c < GRID_COLUMNS; c++) {
                horizontal[r][c] = edge(random, cornerX[r][c], cornerY[r][c], cornerX[r][c + 1], cornerY[r][c + 1],
                        false);
            }
        }
        for (int r = 0; r < GRID_ROWS; r++) {
            for (int c = 0; c <= GRID_COLUMNS; c++) {
                vertical[r][c] = edge(random, cornerX[r][c], cornerY[r][c], cornerX[r + 1][c], cornerY[r + 1][c],
                        true);
            }
        }

        var factory = new GeometryFactory();
        var areas = new ArrayList<LocatorIndex.Area>(GRID_ROWS * GRID_COLUMNS);
        for (int r = 0; r < GRID_ROWS; r++) {
            for (int c = 0; c < GRID_COLUMNS; c++) {
                var ring = new Coordinate[4 * POINTS_PER_EDGE + 1];
                int n = 0;
                for (int i = 0; i < POINTS_PER_EDGE; i++) {
                    ring[n++] = horizontal[r][c][i].copy();
                }
                for (int i = 0; i < POINTS_PER_EDGE; i++) {
                    ring[n++] = vertical[r][c + 1][i].copy();
                }
                ring[n++] = farCorner(cornerX[r + 1][c + 1], cornerY[r + 1][c + 1]);
                for (int i = POINTS_PER_EDGE - 1; i >= 1; i--) {
                    ring[n++] = horizontal[r + 1][c][i].copy();
                }
                ring[n++] = farCorner(cornerX[r + 1][c], cornerY[r + 1][c]);
                for (int i = POINTS_PER_EDGE - 1; i >= 1; i--) {
                    ring[n++] = vertical[r][c][i].copy();
                }
                ring[n++] = ring[0].copy();
                if (n != ring.length) {
                    throw new IllegalStateException("Ring of " + n + " points");
                }
                areas.add(new LocatorIndex.Area(1L + r * GRID_COLUMNS + c, factory.createPolygon(ring)));
            }
        }
        return areas;
    }

    private static Coordinate farCorner(double x, double y) {
        return new Coordinate(longitude(x), latitude(y));
    }

    private static Coordinate[] edge(Random random, double x1, double y1, double x2, double y2, boolean alongY) {
        // k * |a_k| is at most 0.0375, so the wiggle's slope is at most 4 * 0.0375 * pi < 0.48; with the corners
        // moved at most 0.1, an edge's slope stays below (0.2 + 0.48) / 0.8 = 0.85 in cell units.
        var amplitudes = new double[4];
        for (int k = 0; k < amplitudes.length; k++) {
            amplitudes[k] = 0.05 * (random.nextDouble() * 2 - 1) * 0.75 / (k + 1);
        }
        var points = new Coordinate[POINTS_PER_EDGE];
        for (int i = 0; i < POINTS_PER_EDGE; i++) {
            double t = (double) i / POINTS_PER_EDGE;
            double wiggle = 0;
            for (int k = 0; k < amplitudes.length; k++) {
                wiggle += amplitudes[k] * Math.sin((k + 1) * Math.PI * t);
            }
            double x = x1 + t * (x2 - x1) + (alongY ? wiggle : 0);
            double y = y1 + t * (y2 - y1) + (alongY ? 0 : wiggle);
            points[i] = new Coordinate(longitude(x), latitude(y));
        }
        return points;
    }

    private static double longitude(double gridX) {
        return WEST + gridX * (EAST - WEST) / GRID_COLUMNS;
    }

    private static double latitude(double gridY) {
        return SOUTH + gridY * (NORTH - SOUTH) / GRID_ROWS;
    }

    /**
     * Every boundary is valid, and random points fall inside exactly one of them, found here with plain JTS
     * (latitudes and longitudes of the points into {@code points}, the neighbourhood that holds each into
     * {@code ids}).
     */
    private static String checkTiling(List<LocatorIndex.Area> areas, Random random, double[][] points, long[] ids) {
        var tree = new STRtree();
        int invalid = 0;
        for (var area : areas) {
            if (!area.boundary().isValid()) {
                invalid++;
            }
            tree.insert(area.boundary().getEnvelopeInternal(), area);
        }
        var factory = new GeometryFactory();
        int exactlyOne = 0;
        for (int i = 0; i < TILING_CHECK_POINTS; i++) {
            points[0][i] = SOUTH + INSET + random.nextDouble() * (NORTH - SOUTH - 2 * INSET);
            points[1][i] = WEST + INSET + random.nextDouble() * (EAST - WEST - 2 * INSET);
            var point = factory.createPoint(new Coordinate(points[1][i], points[0][i]));
            int inside = 0;
            for (Object candidate : tree.query(point.getEnvelopeInternal())) {
                var area = (LocatorIndex.Area) candidate;
                if (area.boundary().covers(point)) {
                    inside++;
                    ids[i] = area.neighbourhoodId();
                }
            }
            if (inside == 1) {
                exactlyOne++;
            }
        }
        if (invalid > 0 || exactlyOne != TILING_CHECK_POINTS) {
            throw new IllegalStateException("The boundaries do not tile the area: " + invalid + " invalid, "
                    + exactlyOne + " of " + TILING_CHECK_POINTS + " points in exactly one");
        }
        return String.format(Locale.ROOT, "all %,d boundaries valid; %,d of %,d random points in exactly one",
                areas.size(), exactlyOne, TILING_CHECK_POINTS);
    }

    private static double[][] randomPoints(Random random, int count) {
        var latitudes = new double[count];
        var longitudes = new double[count];
        for (int i = 0; i < count; i++) {
            latitudes[i] = SOUTH + INSET + random.nextDouble() * (NORTH - SOUTH - 2 * INSET);
            longitudes[i] = WEST + INSET + random.nextDouble() * (EAST - WEST - 2 * INSET);
        }
        return new double[][] {latitudes, longitudes};
    }

    // ---- Measuring ----

    private static Result benchmarkPostcodes(LocatorIndex index, Postcode[] warmUp, Postcode[] measured) {
        long acc = 0;
        for (var postcode : warmUp) {
            acc += first(index.byFullPostcode(postcode));
        }
        long start = System.nanoTime();
        for (var postcode : measured) {
            acc += first(index.byFullPostcode(postcode));
        }
        long elapsed = System.nanoTime() - start;
        var latencies = new long[measured.length];
        int notFound = 0;
        for (int i = 0; i < measured.length; i++) {
            long before = System.nanoTime();
            var found = index.byFullPostcode(measured[i]);
            latencies[i] = System.nanoTime() - before;
            if (found.length == 0) {
                notFound++;
            }
            acc += first(found);
        }
        sink += acc;
        return Result.of(latencies, elapsed, notFound);
    }

    private static long first(long[] found) {
        return found.length == 0 ? -1 : found[0];
    }

    private static Result benchmarkLocations(LocatorIndex index, double[][] warmUp, double[][] measured) {
        long acc = 0;
        for (int i = 0; i < warmUp[0].length; i++) {
            acc += index.locate(warmUp[0][i], warmUp[1][i]);
        }
        var latitudes = measured[0];
        var longitudes = measured[1];
        long start = System.nanoTime();
        for (int i = 0; i < latitudes.length; i++) {
            acc += index.locate(latitudes[i], longitudes[i]);
        }
        long elapsed = System.nanoTime() - start;
        var latencies = new long[latitudes.length];
        int notFound = 0;
        for (int i = 0; i < latitudes.length; i++) {
            long before = System.nanoTime();
            long found = index.locate(latitudes[i], longitudes[i]);
            latencies[i] = System.nanoTime() - before;
            if (found == -1) {
                notFound++;
            }
            acc += found;
        }
        sink += acc;
        return Result.of(latencies, elapsed, notFound);
    }

    private record Result(double callsPerSecond, double p50, double p99, double p999, double max, int notFound) {

        static Result of(long[] latencies, long elapsedNanos, int notFound) {
            Arrays.sort(latencies);
            return new Result(latencies.length / (elapsedNanos / 1e9), micros(latencies, 0.50),
                    micros(latencies, 0.99), micros(latencies, 0.999), latencies[latencies.length - 1] / 1e3,
                    notFound);
        }

        private static double micros(long[] sorted, double quantile) {
            int at = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, at)] / 1e3;
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "| %-23s | %,9.0f | %6.2f | %6.2f | %8.2f | %6.0f | %9d |%n", name,
                    callsPerSecond, p50, p99, p999, max, notFound);
        }
    }

    private static void check(List<String> results, boolean met, String format, Object... args) {
        results.add((met ? "met " : "MISSED ") + String.format(Locale.ROOT, format, args));
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
