package org.neighbourhood;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import com.sun.net.httpserver.HttpServer;

/**
 * How the production jar holds up when many people arrive at once: a link to a neighbourhood's page shared in the
 * news or on social media brings thousands of first-time visitors in a few minutes, each opening the page once and
 * leaving. Measured against the jar itself, started as its own process with the demo data, so that what is measured
 * is what a deployment runs (the same benchmark runs on an older jar, {@code -Dsurge.jar}, for before and after).
 *
 * <p>In one run it measures and prints, with requests (or visits) a second, p50 / p95 / p99 and errors:
 * <ol>
 * <li>A reference: the JDK's own {@code com.sun.net.httpserver.HttpServer} in this JVM, on a fixed pool of four
 * threads, serving the same bytes as the portal's static file. Every rate is also printed as a share of it, so that
 * figures compare across machines and runs.</li>
 * <li>The portal's static file {@value #STATIC_FILE}.</li>
 * <li>The first HTML of the home page, Riverside's page, an officer's page (the sitemap's first) and the events
 * page: a plain {@code GET} without cookies, as a crawler or a link preview sends it; also as a share of the static
 * file. Target: at least half of its rate; and none of these answers sets a session cookie.</li>
 * <li>Full visits to the same four pages by {@code surge.visitors} (default 16) concurrent visitors, each visit a
 * new visitor on a connection and a cookie jar of its own: the page, then the Vaadin bootstrap's {@code v-r=init}
 * request, then the {@code ui-navigate} event to {@code v-r=uidl}, all three as headless Chromium sends them (the
 * init request's browser details included), and the visitor leaves without closing the UI (no unload beacon), as
 * one who closes the tab or loses the connection does. A visit is an error unless all three answer {@code 200} and
 * the UIDL answer holds the page's heading with no error or expiry in it. Its visits a second are printed as a
 * share of the reference's requests a second.</li>
 * <li>A person's first load of Riverside's page in headless Chromium (where {@code /usr/bin/chromium} is), after
 * the measures above: the very first cold load, then {@value #PAINTS} more, each in a new browser context (an empty
 * cache, no cookies), with the first contentful paint, when Flow took over from the first HTML's copy, the layout
 * shift (CLS) and the requests and bytes on the wire ({@link FirstPaint}). Targets: first contentful paint under
 * 300 ms, layout shift under 0.1.</li>
 * <li>The heap a visitor leaves in the portal, in a fresh process: live objects after full collections
 * ({@code jcmd GC.class_histogram}, which counts every live byte) before and after {@code surge.retainedRequests}
 * (default 5,000) first-HTML-only requests, then before and after {@code surge.retainedVisits} (default 2,000)
 * full visits to Riverside, whose sessions all stay open; per request and per visit.</li>
 * <li>The surge, in another fresh process with a 1 GB heap, after a short warm-up: {@code surge.total} (default
 * 20,000) distinct visitors making the full visit to Riverside, arriving at a steady rate over {@code surge.minutes}
 * (default 5) minutes. Open loop: every visitor's start is scheduled, on a virtual thread of its own, and its time
 * counts from that scheduled start, so that queueing counts too. Targets: no error, p99 under one second, and the
 * heap used after a full collection at the end ({@code jcmd GC.run}, {@code GC.heap_info}) under 800 MB.</li>
 * </ol>
 * A summary at the end repeats every figure and marks each target met or not met.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark-surge}: it builds the jar (tests skipped) and runs this, about 12 minutes in
 * all on two quiet cores. A quick run: {@code -Dsurge.seconds=5 -Dsurge.minutes=1 -Dsurge.total=4000}. To measure another jar without
 * building this one: {@code ./mvnw -Pbenchmark-surge test-compile exec:exec -Dsurge.jar=/path/to.jar}. Each measure
 * lasts {@code surge.seconds} seconds (default 10) in five rounds that take every address in turn, after a warm-up
 * round (a few thousand requests); {@code surge.heap} (default 1g) is the first two processes' heap, and the
 * portal's JVM keeps its other defaults (G1). The single-request measures use {@code surge.clients} (default 4)
 * kept-alive HTTP/1.1 connections, written and read raw so that the client costs little; visits use a raw
 * connection each too, and decode the gzip answers they ask for.
 *
 * <p>The client runs on the same machine as the portal and shares its cores (two where this was written): the
 * shares of the reference absorb some of that, as the reference's client shares them too. Each group of measures
 * also prints the cores the portal, this client and every other process used meanwhile: figures taken while
 * other processes were busy are not worth comparing.
 */
public final class SurgeBenchmark {

    private static final Path JAR = Path.of(System.getProperty("surge.jar",
            "target/neighbourhood-0.1.0-SNAPSHOT.jar")).toAbsolutePath().normalize();
    private static final String HEAP = System.getProperty("surge.heap", "1g");
    private static final Duration MEASURE = Duration.ofMillis(
            (long) (Double.parseDouble(System.getProperty("surge.seconds", "10")) * 1000));
    private static final int VISITORS = Integer.getInteger("surge.visitors", 16);
    private static final int CLIENTS = Integer.getInteger("surge.clients", 4);
    private static final int TOTAL = Integer.getInteger("surge.total", 20_000);
    private static final Duration WINDOW = Duration.ofMillis(
            (long) (Double.parseDouble(System.getProperty("surge.minutes", "5")) * 60_000));
    private static final int RETAINED_VISITS = Integer.getInteger("surge.retainedVisits", 2_000);
    private static final int RETAINED_REQUESTS = Integer.getInteger("surge.retainedRequests", 5_000);
    private static final String SURGE_HEAP = "1g";
    private static final int SURGE_WARM_UP_REQUESTS = 1_000;
    private static final int SURGE_WARM_UP_VISITS = 300;
    private static final int ROUNDS = 5;
    /** Cold loads of Riverside in headless Chromium after the first one: their median is printed. */
    private static final int PAINTS = 5;
    private static final String STATIC_FILE = "/brand/northshire/logo.svg";
    private static final String RIVERSIDE = "/neighbourhoods/riverside";
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " HeadlessChrome/156.0.0.0 Safari/537.36";
    private static final int CONNECT_TIMEOUT = 10_000;
    private static final int READ_TIMEOUT = 30_000;
    /** How long a visit may take in all before it counts as failed: its visitor has long gone by then. */
    private static final long VISIT_DEADLINE = TimeUnit.SECONDS.toNanos(60);

    /** Portals still running, for the shutdown hook. */
    private static final Set<Portal> RUNNING = ConcurrentHashMap.newKeySet();
    private static final List<String[]> SUMMARY = new ArrayList<>();

    private SurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Portal::close)));
        long started = System.nanoTime();
        var runtime = Runtime.getRuntime();
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No jar at " + JAR + ": build it (./mvnw -DskipTests package) or set"
                    + " -Dsurge.jar");
        }
        System.out.printf(Locale.ROOT, "Surge benchmark: Java %s (%s), %d processors, client max heap %d MB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.availableProcessors(), runtime.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  jar %s (%,.1f MB, modified %s), run on this JDK (%s)%n", JAR,
                Files.size(JAR) / 1e6, Files.getLastModifiedTime(JAR), System.getProperty("java.home"));
        System.out.printf(Locale.ROOT, "  portal heap -Xmx%s (surge: -Xmx%s), %s s per measure, %d client"
                + " connections, %d concurrent visitors; surge %,d visitors over %.1f min%n", HEAP, SURGE_HEAP,
                MEASURE.toMillis() / 1000.0, CLIENTS, VISITORS, TOTAL, WINDOW.toMillis() / 60_000.0);
        try {
            Site site;
            try (var portal = Portal.start("measures", HEAP)) {
                site = Site.find(portal.port);
                throughput(portal, site);
                firstPaint(portal);
            }
            try (var portal = Portal.start("retained heap", HEAP)) {
                retained(portal, site);
            }
            try (var portal = Portal.start("surge", SURGE_HEAP)) {
                surge(portal, site);
            }
        } finally {
            summary(Benchmarks.seconds(started));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The pages

    /** A page measured: its path, and the text its UIDL must hold (its heading). */
    private record Page(String name, String path, String heading) {

        String location() {
            return URLEncoder.encode(path.substring(1), StandardCharsets.UTF_8);
        }
    }

    /** What the portal serves that the measures need: the static file's bytes and the four pages. */
    private record Site(byte[] staticFile, String staticType, List<Page> pages) {

        static Site find(int port) throws IOException {
            try (var connection = new Connection(port)) {
                var file = connection.exchange(get(port, STATIC_FILE, "*/*", null, Map.of()), true);
                if (file.status() != 200) {
                    throw new IllegalStateException(STATIC_FILE + " answered " + file.status());
                }
                var sitemap = connection.exchange(get(port, "/sitemap.xml", "*/*", null, Map.of()), true);
                var officer = officer(sitemap.status() == 200 ? sitemap.text() : "");
                if (officer == null) {
                    System.out.printf(Locale.ROOT, "  the sitemap (%d) lists no officer: looking in Riverside's page%n",
                            sitemap.status());
                    var visit = Visit.make(port, new Page("Riverside", RIVERSIDE, "Riverside"));
                    officer = officer(visit.uidl);
                }
                if (officer == null) {
                    throw new IllegalStateException("No officer's page found in the sitemap or Riverside's page");
                }
                var officerPage = connection.exchange(htmlRequest(port, officer), true);
                var title = title(officerPage.text());
                if (officerPage.status() != 200 || title == null) {
                    throw new IllegalStateException(officer + " answered " + officerPage.status());
                }
                // The officer's heading is their name with their rank, as the page's title starts.
                int dash = title.lastIndexOf(" – ");
                var pages = List.of(new Page("home", "/", "Find your neighbourhood"),
                        new Page("Riverside", RIVERSIDE, "Riverside"),
                        new Page("officer", officer, dash > 0 ? title.substring(0, dash) : title),
                        new Page("events", "/events", "Events"));
                System.out.printf(Locale.ROOT, "  static file %s: %,d bytes, %s; officer's page %s (heading \"%s\")%n",
                        STATIC_FILE, file.body().length, file.contentType(), officer,
                        pages.get(2).heading());
                return new Site(file.body(), file.contentType(), pages);
            }
        }

        private static String officer(String text) {
            var matcher = Pattern.compile("(?:https?://[^/<\"\\s]+)?(/officers/[a-z0-9][a-z0-9-]*)").matcher(text);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1 to 4: the reference, the static file, first HTML and full visits

    private record Target(String name, String path, boolean html) {
    }

    /** Latencies of what succeeded, and the count of what failed; failures rank after every success. */
    private record Result(String name, long count, long errors, long sessions, double seconds, long[] nanos,
            double[] rounds) {

        Result(String name, long count, long errors, long sessions, double seconds, long[] nanos) {
            this(name, count, errors, sessions, seconds, nanos, new double[0]);
        }

        double perSecond() {
            return count / seconds;
        }

        /** The p-quantile in ms; infinite when failures reach that far. */
        double percentile(double p) {
            long all = nanos.length + errors;
            if (all == 0) {
                return Double.NaN;
            }
            long index = Math.max(0, (long) Math.ceil(p * all) - 1);
            return index >= nanos.length ? Double.POSITIVE_INFINITY : nanos[(int) index] / 1e6;
        }

        static Result merge(List<Result> parts) {
            return new Result(parts.getFirst().name(), parts.stream().mapToLong(Result::count).sum(),
                    parts.stream().mapToLong(Result::errors).sum(), parts.stream().mapToLong(Result::sessions).sum(),
                    parts.stream().mapToDouble(Result::seconds).sum(),
                    parts.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).sorted().toArray(),
                    parts.stream().mapToDouble(Result::perSecond).toArray());
        }
    }

    private static void throughput(Portal portal, Site site) throws Exception {
        var reference = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        var pool = Executors.newFixedThreadPool(4);
        reference.setExecutor(pool);
        reference.createContext(STATIC_FILE, exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", site.staticType());
                exchange.sendResponseHeaders(200, site.staticFile().length);
                exchange.getResponseBody().write(site.staticFile());
            }
        });
        reference.start();
        try {
            int referencePort = reference.getAddress().getPort();
            var targets = new ArrayList<Target>();
            targets.add(new Target("reference (JDK HttpServer)", STATIC_FILE, false));
            targets.add(new Target("static file " + STATIC_FILE, STATIC_FILE, false));
            for (var page : site.pages()) {
                targets.add(new Target("first HTML " + page.name() + " " + page.path(), page.path(), true));
            }
            System.out.printf(Locale.ROOT, "%nSingle requests, %d kept-alive connections (warm-up round, then %d"
                    + " rounds of %.1f s each):%n", CLIENTS, ROUNDS, MEASURE.toMillis() / 1000.0 / ROUNDS);
            var cpu = Cpu.now(portal);
            // The warm-up lasts a while whatever the measures' length: the compilers need time as well as requests.
            var single = rounds(targets.size(), max(MEASURE.dividedBy(ROUNDS), Duration.ofSeconds(3)),
                    (index, duration) ->
                    requests(targets.get(index), index == 0 ? referencePort : portal.port, duration));
            var singleCpu = cpu.since(portal);
            double referenceRate = single.getFirst().perSecond();
            double staticRate = single.get(1).perSecond();
            for (int i = 0; i < single.size(); i++) {
                var result = single.get(i);
                print(result, "requests/s", i == 0 ? "" : String.format(Locale.ROOT, "; %.3f× reference%s%s",
                        result.perSecond() / referenceRate,
                        i >= 2 ? String.format(Locale.ROOT, ", %.2f× the static file", result.perSecond() / staticRate)
                                : "",
                        i >= 2 ? String.format(Locale.ROOT, ", %,d of %,d set a session cookie", result.sessions(),
                                result.count()) : ""));
            }
            System.out.println("  " + singleCpu);
            record("reference, JDK HttpServer", String.format(Locale.ROOT, "%,.0f requests/s", referenceRate), null,
                    null);
            record("static file", String.format(Locale.ROOT, "%,.0f requests/s, %.3f× reference, p99 %s",
                    staticRate, staticRate / referenceRate, ms(single.get(1).percentile(0.99))), null, null);
            long sessions = 0;
            for (var result : single.subList(2, single.size())) {
                double ratio = result.perSecond() / staticRate;
                sessions += result.sessions();
                record(result.name(), String.format(Locale.ROOT, "%,.0f requests/s, %.3f× reference, %.2f× static,"
                        + " p99 %s, errors %d", result.perSecond(), result.perSecond() / referenceRate, ratio,
                        ms(result.percentile(0.99)), result.errors()), "≥ 0.5× static", ratio >= 0.5);
            }
            long requests = single.subList(2, single.size()).stream().mapToLong(Result::count).sum();
            record("first HTML setting a session cookie", String.format(Locale.ROOT, "%,d of %,d", sessions,
                    requests), "0", sessions == 0);

            System.out.printf(Locale.ROOT, "%nFull visits (page, v-r=init, ui-navigate), %d concurrent visitors, a new"
                    + " visitor each (warm-up round, then %d rounds of %.1f s each):%n", VISITORS, ROUNDS,
                    MEASURE.toMillis() / 1000.0 / ROUNDS);
            var pages = site.pages();
            cpu = Cpu.now(portal);
            // A short warm-up: every visit leaves a session behind, and the portal's heap is shared by all rounds.
            var visits = rounds(pages.size(), max(MEASURE.dividedBy(ROUNDS).dividedBy(2), Duration.ofSeconds(1)),
                    (index, duration) -> visits(pages.get(index), portal.port, duration));
            for (int i = 0; i < visits.size(); i++) {
                var result = visits.get(i);
                print(result, "visits/s  ", String.format(Locale.ROOT, "; %.4f× reference (share of its"
                        + " requests/s)", result.perSecond() / referenceRate));
                record("full visit " + pages.get(i).name(), String.format(Locale.ROOT, "%,.1f visits/s, %.4f×"
                        + " reference, p50 %s, p99 %s, errors %d", result.perSecond(), result.perSecond()
                        / referenceRate, ms(result.percentile(0.50)), ms(result.percentile(0.99)), result.errors()),
                        null, null);
            }
            var visitsCpu = cpu.since(portal);
            System.out.println("  " + visitsCpu);
            var heap = portal.heapAfterGc();
            System.out.printf(Locale.ROOT, "  portal heap after these measures and a full GC: %s%n", mb(heap));
            record("CPU, single requests", singleCpu.brief(), null, null);
            record("CPU, full visits", visitsCpu.brief(), null, null);
            record("heap after the measures above", mb(heap), null, null);
        } finally {
            reference.stop(0);
            pool.shutdownNow();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private interface Measure {
        Result run(int index, Duration duration) throws Exception;
    }

    /**
     * A warm-up round that takes every target in turn for {@code warmUp}, then {@link #ROUNDS} rounds, so that the
     * machine's drift (its other work, the compiler settling, the heap filling) falls on every target alike.
     */
    private static List<Result> rounds(int targets, Duration warmUp, Measure measure) throws Exception {
        var rounds = new ArrayList<List<Result>>();
        for (int round = -1; round < ROUNDS; round++) {
            var results = new ArrayList<Result>();
            for (int i = 0; i < targets; i++) {
                results.add(measure.run(i, round < 0 ? warmUp : MEASURE.dividedBy(ROUNDS)));
            }
            if (round >= 0) {
                rounds.add(results);
            }
        }
        var merged = new ArrayList<Result>();
        for (int i = 0; i < targets; i++) {
            int index = i;
            merged.add(Result.merge(rounds.stream().map(r -> r.get(index)).toList()));
        }
        return merged;
    }

    /** {@link #CLIENTS} connections requesting one address over and over for {@code duration}. */
    private static Result requests(Target target, int port, Duration duration) throws Exception {
        var request = target.html() ? htmlRequest(port, target.path())
                : get(port, target.path(), "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", null,
                        Map.of());
        var errors = new AtomicLong();
        var sessions = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        var latencies = new ArrayList<Future<long[]>>();
        try (var threads = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                latencies.add(threads.submit(() -> {
                    var own = new long[1 << 14];
                    int n = 0;
                    try (var connection = new Connection(port)) {
                        while (System.nanoTime() < end) {
                            long sent = System.nanoTime();
                            try {
                                var response = connection.exchange(request, false);
                                if (response.sessionCookie()) {
                                    sessions.incrementAndGet();
                                }
                                if (response.status() != 200) {
                                    errors.incrementAndGet();
                                    continue;
                                }
                            } catch (IOException failed) {
                                errors.incrementAndGet();
                                connection.reset();
                                continue;
                            }
                            if (n == own.length) {
                                own = Arrays.copyOf(own, n * 2);
                            }
                            own[n++] = System.nanoTime() - sent;
                        }
                    }
                    return Arrays.copyOf(own, n);
                }));
            }
        }
        double seconds = Benchmarks.seconds(start);
        var all = latencies.stream().map(SurgeBenchmark::join).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(target.name(), all.length + errors.get(), errors.get(), sessions.get(), seconds, all);
    }

    /** {@link #VISITORS} visitors, each making one full visit after another, each as a new visitor. */
    private static Result visits(Page page, int port, Duration duration) throws Exception {
        var errors = new AtomicLong();
        var firstError = new AtomicReference<String>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        var latencies = new ArrayList<Future<long[]>>();
        try (var threads = Executors.newFixedThreadPool(VISITORS)) {
            for (int i = 0; i < VISITORS; i++) {
                latencies.add(threads.submit(() -> {
                    var own = new long[1 << 10];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long began = System.nanoTime();
                        var visit = Visit.make(port, page);
                        if (visit.error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, visit.error);
                            continue;
                        }
                        if (n == own.length) {
                            own = Arrays.copyOf(own, n * 2);
                        }
                        own[n++] = System.nanoTime() - began;
                    }
                    return Arrays.copyOf(own, n);
                }));
            }
        }
        double seconds = Benchmarks.seconds(start);
        var all = latencies.stream().map(SurgeBenchmark::join).flatMapToLong(Arrays::stream).sorted().toArray();
        if (firstError.get() != null) {
            System.out.printf(Locale.ROOT, "    %s: %d failed visits, the first: %s%n", page.path(), errors.get(),
                    firstError.get());
        }
        return new Result(page.name() + " " + page.path(), all.length + errors.get(), errors.get(), 0, seconds, all);
    }

    private static void print(Result result, String unit, String more) {
        System.out.printf(Locale.ROOT, "  %-46s %,9.1f %s  p50 %s  p95 %s  p99 %s  errors %d%n", result.name(),
                result.perSecond(), unit, ms(result.percentile(0.50)), ms(result.percentile(0.95)),
                ms(result.percentile(0.99)), result.errors());
        var rounds = new StringBuilder();
        for (double rate : result.rounds()) {
            rounds.append(rounds.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,.1f", rate));
        }
        // A drift from round to round: the machine's other work, or the portal's heap filling up.
        System.out.printf(Locale.ROOT, "      rounds %s%s%n", rounds, more);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4b: a person's first load, in a browser

    private static void firstPaint(Portal portal) {
        if (!FirstPaint.chromiumInstalled()) {
            System.out.printf(Locale.ROOT, "%nFirst paint: skipped, no Chromium at /usr/bin/chromium (apt-get install"
                    + " chromium)%n");
            return;
        }
        System.out.printf(Locale.ROOT, "%nFirst paint of %s in headless Chromium, cold loads (a new context each: an"
                + " empty cache, no cookies), the portal otherwise idle:%n", RIVERSIDE);
        var loads = FirstPaint.measure("http://localhost:" + portal.port + RIVERSIDE, 1 + PAINTS);
        var first = loads.getFirst();
        var rest = loads.subList(1, loads.size());
        var paints = rest.stream().mapToDouble(FirstPaint.Load::firstContentfulPaint).sorted().toArray();
        var handovers = rest.stream().mapToDouble(FirstPaint.Load::handover).sorted().toArray();
        double worstShift = loads.stream().mapToDouble(FirstPaint.Load::layoutShift).max().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "  the very first load: first contentful paint %s, Flow took over at %s, layout"
                + " shift %.3f, %d requests, %,.0f kB%n", ms(first.firstContentfulPaint()), ms(first.handover()),
                first.layoutShift(), first.requests(), first.bytes() / 1024.0);
        System.out.printf(Locale.ROOT, "  the next %d: first contentful paint median %s (%s to %s), Flow took over"
                + " median %s, layout shift at most %.3f, %d requests, %,.0f kB%n", PAINTS,
                ms(paints[paints.length / 2]), ms(paints[0]), ms(paints[paints.length - 1]),
                ms(handovers[handovers.length / 2]), worstShift, rest.getLast().requests(),
                rest.getLast().bytes() / 1024.0);
        double paint = paints[paints.length / 2];
        record("first contentful paint, Riverside (median of " + PAINTS + ")", ms(paint), "< 300 ms",
                paint >= 0 && paint < 300);
        record("Flow took over, Riverside (median)", ms(handovers[handovers.length / 2]), null, null);
        record("layout shift, Riverside (worst of " + loads.size() + ")", String.format(Locale.ROOT, "%.3f",
                worstShift), "< 0.1", worstShift < 0.1);
        record("cold load of Riverside", String.format(Locale.ROOT, "%d requests, %,.0f kB on the wire",
                rest.getLast().requests(), rest.getLast().bytes() / 1024.0), null, null);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5: the heap a visitor leaves

    private static void retained(Portal portal, Site site) throws Exception {
        var riverside = site.pages().get(1);
        System.out.printf(Locale.ROOT, "%nRetained heap (a fresh portal, -Xmx%s): live bytes after full GCs"
                + " (jcmd GC.class_histogram)%n", HEAP);
        // Warm up first, so that what the first requests build once (caches, compiled templates) is not counted.
        countedRequests(htmlRequest(portal.port, riverside.path()), portal.port, 500);
        for (int i = 0; i < 50; i++) {
            Visit.make(portal.port, riverside);
        }
        long before = portal.liveBytes();
        var requests = countedRequests(htmlRequest(portal.port, riverside.path()), portal.port, RETAINED_REQUESTS);
        long afterRequests = portal.liveBytes();
        double perRequest = (afterRequests - before) / 1024.0 / RETAINED_REQUESTS;
        System.out.printf(Locale.ROOT, "  %,d first-HTML-only requests to %s: %s → %s live, %,.2f kB per request;"
                + " %,d set a session cookie, %d errors%n", RETAINED_REQUESTS, riverside.path(), mb(before),
                mb(afterRequests), perRequest, requests[0], requests[1]);
        var failures = new AtomicInteger();
        var firstError = new AtomicReference<String>();
        try (var threads = Executors.newFixedThreadPool(VISITORS)) {
            var next = new AtomicInteger();
            for (int i = 0; i < VISITORS; i++) {
                threads.submit(() -> {
                    while (next.getAndIncrement() < RETAINED_VISITS) {
                        var visit = Visit.make(portal.port, riverside);
                        if (visit.error != null) {
                            failures.incrementAndGet();
                            firstError.compareAndSet(null, visit.error);
                        }
                    }
                });
            }
        }
        long afterVisits = portal.liveBytes();
        double perVisit = (afterVisits - afterRequests) / 1024.0 / RETAINED_VISITS;
        System.out.printf(Locale.ROOT, "  %,d full visits to %s (sessions left open): %s → %s live, %,.1f kB per"
                + " visit, %d errors%s%n", RETAINED_VISITS, riverside.path(), mb(afterRequests), mb(afterVisits),
                perVisit, failures.get(), firstError.get() == null ? "" : " (first: " + firstError.get() + ")");
        record("retained heap per first-HTML request", String.format(Locale.ROOT, "%,.2f kB", perRequest), null,
                null);
        record("first HTML setting a session cookie, of " + String.format(Locale.ROOT, "%,d", RETAINED_REQUESTS),
                String.format(Locale.ROOT, "%,d", requests[0]), "0", requests[0] == 0);
        record("retained heap per full visit", String.format(Locale.ROOT, "%,.1f kB (errors %d)", perVisit,
                failures.get()), null, null);
    }

    /** Sends {@code count} requests over {@link #CLIENTS} connections; returns the session cookies set and errors. */
    private static long[] countedRequests(byte[] request, int port, int count) throws Exception {
        var next = new AtomicInteger();
        var sessions = new AtomicLong();
        var errors = new AtomicLong();
        try (var threads = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                threads.submit(() -> {
                    try (var connection = new Connection(port)) {
                        while (next.getAndIncrement() < count) {
                            try {
                                var response = connection.exchange(request, false);
                                sessions.addAndGet(response.sessionCookie() ? 1 : 0);
                                errors.addAndGet(response.status() == 200 ? 0 : 1);
                            } catch (IOException failed) {
                                errors.incrementAndGet();
                                connection.reset();
                            }
                        }
                    }
                    return null;
                });
            }
        }
        return new long[] {sessions.get(), errors.get()};
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 6: the surge

    private static void surge(Portal portal, Site site) throws Exception {
        var riverside = site.pages().get(1);
        System.out.printf(Locale.ROOT, "%nSurge (a fresh portal, -Xmx%s): %,d visitors to %s over %.1f min, open"
                + " loop%n", SURGE_HEAP, TOTAL, riverside.path(), WINDOW.toMillis() / 60_000.0);
        // A short warm-up, as a surge meets a portal that has been running: the compiler has done its first work.
        countedRequests(htmlRequest(portal.port, riverside.path()), portal.port, SURGE_WARM_UP_REQUESTS);
        try (var threads = Executors.newFixedThreadPool(VISITORS)) {
            var next = new AtomicInteger();
            for (int i = 0; i < VISITORS; i++) {
                threads.submit(() -> {
                    while (next.getAndIncrement() < SURGE_WARM_UP_VISITS) {
                        Visit.make(portal.port, riverside);
                    }
                });
            }
        }
        long warmHeap = portal.heapAfterGc();
        System.out.printf(Locale.ROOT, "  warm-up: %,d first-HTML requests and %d full visits; heap after a full"
                + " GC %s%n", SURGE_WARM_UP_REQUESTS, SURGE_WARM_UP_VISITS, mb(warmHeap));

        var cpu = Cpu.now(portal);
        long interval = WINDOW.toNanos() / TOTAL;
        var latencies = new long[TOTAL];
        var failed = new boolean[TOTAL];
        var completed = new AtomicInteger();
        var errors = new AtomicInteger();
        var inFlight = new AtomicInteger();
        var firstError = new AtomicReference<String>();
        var errorKinds = new ConcurrentHashMap<String, AtomicInteger>();
        var recent = new ConcurrentLinkedQueue<Long>();
        long start = System.nanoTime() + 200_000_000L;
        long firstActual = 0;
        long lastActual = 0;
        long maxLag = 0;
        long nextReport = start + 30_000_000_000L;
        ExecutorService visitors = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (int i = 0; i < TOTAL; i++) {
                long due = start + i * interval;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                long now = System.nanoTime();
                if (i == 0) {
                    firstActual = now;
                }
                lastActual = now;
                maxLag = Math.max(maxLag, now - due);
                int index = i;
                inFlight.incrementAndGet();
                visitors.submit(() -> {
                    var visit = Visit.make(portal.port, riverside);
                    latencies[index] = System.nanoTime() - due;
                    if (visit.error != null) {
                        failed[index] = true;
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, visit.error);
                        errorKinds.computeIfAbsent(kind(visit.error), k -> new AtomicInteger()).incrementAndGet();
                    } else {
                        recent.add(latencies[index]);
                    }
                    completed.incrementAndGet();
                    inFlight.decrementAndGet();
                });
                if (now >= nextReport) {
                    nextReport += 30_000_000_000L;
                    report(now - start, i + 1, completed.get(), errors.get(), inFlight.get(), recent);
                }
            }
            visitors.shutdown();
            // The last visitors may still be waiting: give them as long as one visit may take at most.
            while (!visitors.awaitTermination(30, TimeUnit.SECONDS)) {
                report(System.nanoTime() - start, TOTAL, completed.get(), errors.get(), inFlight.get(), recent);
                if (System.nanoTime() - lastActual > VISIT_DEADLINE + TimeUnit.SECONDS.toNanos(30)) {
                    System.out.printf(Locale.ROOT, "  %d visitors still waiting: given up%n", inFlight.get());
                    break;
                }
            }
        } finally {
            visitors.shutdownNow();
        }
        double took = (System.nanoTime() - start) / 1e9;
        var surgeCpu = cpu.since(portal);
        int unfinished = TOTAL - completed.get();
        var succeeded = new long[TOTAL];
        int ok = 0;
        for (int i = 0; i < TOTAL; i++) {
            if (!failed[i] && latencies[i] > 0) {
                succeeded[ok++] = latencies[i];
            }
        }
        var result = new Result("surge", TOTAL, TOTAL - ok, 0, took, Arrays.stream(succeeded, 0, ok).sorted()
                .toArray());
        double arrivals = (TOTAL - 1) / ((lastActual - firstActual) / 1e9);
        System.out.printf(Locale.ROOT, "  %,d visitors: %,d served, %,d errors%s; p50 %s  p95 %s  p99 %s;"
                + " max %s%n", TOTAL, ok, TOTAL - ok, unfinished > 0 ? " (" + unfinished + " unfinished)" : "",
                ms(result.percentile(0.50)), ms(result.percentile(0.95)), ms(result.percentile(0.99)),
                ms(ok == TOTAL ? result.nanos()[ok - 1] / 1e6 : Double.POSITIVE_INFINITY));
        if (ok < TOTAL && ok > 0) {
            var served = new Result("served", ok, 0, 0, took, result.nanos());
            System.out.printf(Locale.ROOT, "  the %,d visitors served only (above, failures rank last): p50 %s  p95 %s"
                    + "  p99 %s%n", ok, ms(served.percentile(0.50)), ms(served.percentile(0.95)),
                    ms(served.percentile(0.99)));
        }
        System.out.printf(Locale.ROOT, "  arrivals %.2f visitors/s (scheduled %.2f/s), latest start %.1f ms behind"
                + " schedule; all done after %.1f s%n", arrivals, TOTAL / (WINDOW.toNanos() / 1e9), maxLag / 1e6,
                took);
        if (firstError.get() != null) {
            System.out.printf(Locale.ROOT, "  errors by kind: %s; the first: %s%n", errorKinds, firstError.get());
        }
        System.out.println("  " + surgeCpu);
        boolean alive = portal.process.isAlive();
        long heap = alive ? portal.heapAfterGc() : -1;
        long rss = portal.maxRssKb();
        System.out.printf(Locale.ROOT, "  portal heap after a full GC: %s; max RSS (VmHWM) %s%s%n", mb(heap),
                rss < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", rss >> 10), alive ? "" : " (it has exited)");
        record("surge: visitors served", String.format(Locale.ROOT, "%,d of %,d, errors %,d", ok, TOTAL,
                TOTAL - ok), "no error", ok == TOTAL);
        record("surge: p50 / p95 / p99", ms(result.percentile(0.50)) + " / " + ms(result.percentile(0.95)) + " / "
                + ms(result.percentile(0.99)), "p99 < 1 s", result.percentile(0.99) < 1000);
        record("surge: arrival rate", String.format(Locale.ROOT, "%.2f visitors/s", arrivals), null, null);
        record("surge: heap after full GC", mb(heap), "< 800 MB", heap >= 0 && heap < 800L * 1024 * 1024);
        record("CPU, surge", surgeCpu.brief(), null, null);
        record("surge: max RSS", rss < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", rss >> 10), null, null);
    }

    private static void report(long elapsed, int started, int completed, int errors, int inFlight,
            Queue<Long> recent) {
        var window = new ArrayList<Long>();
        for (Long l = recent.poll(); l != null; l = recent.poll()) {
            window.add(l);
        }
        var sorted = window.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "    %5.0f s: %,6d started, %,6d done, %,5d errors, %,5d in flight; last 30 s"
                + " %,d served, p50 %s  p99 %s%n", elapsed / 1e9, started, completed, errors, inFlight, sorted.length,
                sorted.length == 0 ? "-" : ms(sorted[(int) Math.ceil(0.5 * sorted.length) - 1] / 1e6),
                sorted.length == 0 ? "-" : ms(sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6));
    }

    /** An error's kind, for counting: its message up to the first detail. */
    private static String kind(String error) {
        int colon = error.indexOf(':');
        return colon > 0 ? error.substring(0, colon) : error;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A visit, as headless Chromium makes it

    /**
     * One new visitor's full visit: the page, the Vaadin bootstrap's init request, then the {@code ui-navigate}
     * event, with a cookie jar and a connection of its own; the requests as Chromium 156 sends them (captured in
     * its NetLog against this portal). {@code error} is null when the visit succeeded.
     */
    private static final class Visit {

        private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
        private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern NAVIGATE_NODE = Pattern.compile(
                "\"node\"\\s*:\\s*(\\d+)\\s*,\\s*\"type\"\\s*:\\s*\"put\"\\s*,\\s*\"key\"\\s*:\\s*\"ui-navigate\"");
        private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
        private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");

        String error;
        String uidl = "";

        static Visit make(int port, Page page) {
            var visit = new Visit();
            try (var connection = new Connection(port, System.nanoTime() + VISIT_DEADLINE)) {
                visit.run(connection, port, page);
            } catch (IOException | RuntimeException failed) {
                visit.error = failed.getClass().getSimpleName() + ": " + failed.getMessage();
            }
            return visit;
        }

        private void run(Connection connection, int port, Page page) throws IOException {
            var cookies = new LinkedHashMap<String, String>();
            var html = connection.exchange(navigation(port, page.path()), true);
            if (html.status() != 200) {
                error = "page answered " + html.status();
                return;
            }
            html.keepCookies(cookies);
            var title = title(html.text());

            var init = connection.exchange(initRequest(port, page, cookies), true);
            if (init.status() != 200) {
                error = "v-r=init answered " + init.status();
                return;
            }
            init.keepCookies(cookies);
            var config = init.text();
            var uiId = find(UI_ID, config);
            var key = find(SECURITY_KEY, config);
            var node = find(NAVIGATE_NODE, config);
            if (uiId == null || key == null || node == null) {
                error = "v-r=init answer: no " + (uiId == null ? "v-uiId" : key == null ? "Vaadin-Security-Key"
                        : "ui-navigate node") + " in " + abbreviate(config);
                return;
            }
            var syncId = find(SYNC_ID, config);
            var clientId = find(CLIENT_ID, config);
            var body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":" + node
                    + ",\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(page.path()) + ",\"query\":\"\","
                    + "\"appShellTitle\":" + json(title == null ? "" : title) + ",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}],\"syncId\":" + (syncId == null ? "0" : syncId) + ",\"clientId\":"
                    + (clientId == null ? "0" : clientId) + "}";
            var navigate = connection.exchange(uidlRequest(port, page, uiId, cookies, body), true);
            if (navigate.status() != 200) {
                error = "v-r=uidl answered " + navigate.status();
                return;
            }
            uidl = navigate.text();
            if (uidl.contains("\"appError\"") || uidl.contains("Internal error") || uidl.contains("\"sessionExpired\"")
                    || uidl.contains("\"meta\":{\"sessionExpired")) {
                error = "v-r=uidl answer: an error: " + abbreviate(uidl);
            } else if (!uidl.contains(page.heading())) {
                error = "v-r=uidl answer: no \"" + page.heading() + "\" in " + abbreviate(uidl);
            }
        }

        private static String find(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.group(1) : null;
        }

        private static String abbreviate(String text) {
            return text.length() <= 300 ? text : text.substring(0, 300) + "…";
        }
    }

    /** A page's request as a browser navigating to it sends it. */
    private static byte[] navigation(int port, String path) {
        return ("GET " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Connection: keep-alive\r\n"
                + "Upgrade-Insecure-Requests: 1\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                + "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7\r\n"
                + "Sec-Fetch-Site: none\r\n"
                + "Sec-Fetch-Mode: navigate\r\n"
                + "Sec-Fetch-User: ?1\r\n"
                + "Sec-Fetch-Dest: document\r\n"
                // Chromium offers br and zstd too; Tomcat compresses with gzip only, and this client decodes that.
                + "Accept-Encoding: gzip, deflate\r\n"
                + "Accept-Language: en\r\n"
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Flow client's bootstrap request: to the base URL (the page's {@code <base href>}), with the route relative
     * to it and the browser details Chromium reports (a 800 × 600 headless window).
     */
    private static byte[] initRequest(int port, Page page, Map<String, String> cookies) {
        return ("GET /?v-r=init&location=" + page.location() + "&query="
                + "&v-sh=600&v-sw=800&v-wh=493&v-ww=780&v-bh=493&v-bw=780&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + ThreadLocalRandom.current()
                        .nextDouble()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Connection: keep-alive\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Accept: */*\r\n"
                + "Sec-Fetch-Site: same-origin\r\n"
                + "Sec-Fetch-Mode: cors\r\n"
                + "Sec-Fetch-Dest: empty\r\n"
                + "Referer: http://localhost:" + port + page.path() + "\r\n"
                + "Accept-Encoding: gzip, deflate\r\n"
                + "Accept-Language: en\r\n"
                + cookieHeader(cookies)
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code ui-navigate} event, as the Flow client posts it. */
    private static byte[] uidlRequest(int port, Page page, String uiId, Map<String, String> cookies, String json) {
        var body = json.getBytes(StandardCharsets.UTF_8);
        var head = ("POST /?v-r=uidl&v-uiId=" + uiId + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Connection: keep-alive\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Content-type: application/json; charset=UTF-8\r\n"
                + "Accept: */*\r\n"
                + "Origin: http://localhost:" + port + "\r\n"
                + "Sec-Fetch-Site: same-origin\r\n"
                + "Sec-Fetch-Mode: cors\r\n"
                + "Sec-Fetch-Dest: empty\r\n"
                + "Referer: http://localhost:" + port + page.path() + "\r\n"
                + "Accept-Encoding: gzip, deflate\r\n"
                + "Accept-Language: en\r\n"
                + cookieHeader(cookies)
                + "\r\n").getBytes(StandardCharsets.UTF_8);
        var request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** A page's first HTML as a crawler or a link preview asks for it: no cookie, no compression. */
    private static byte[] htmlRequest(int port, String path) {
        return get(port, path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "en", Map.of());
    }

    private static byte[] get(int port, String path, String accept, String language, Map<String, String> cookies) {
        return ("GET " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + port + "\r\n"
                + "Accept: " + accept + "\r\n"
                + (language == null ? "" : "Accept-Language: " + language + "\r\n")
                + cookieHeader(cookies)
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String cookieHeader(Map<String, String> cookies) {
        if (cookies.isEmpty()) {
            return "";
        }
        var header = new StringBuilder("Cookie: ");
        cookies.forEach((name, value) -> header.append(header.length() > 8 ? "; " : "").append(name).append('=')
                .append(value));
        return header.append("\r\n").toString();
    }

    private static String title(String html) {
        int start = html.indexOf("<title>");
        int end = start < 0 ? -1 : html.indexOf("</title>", start);
        if (end < 0) {
            return null;
        }
        return html.substring(start + 7, end).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String json(String text) {
        var json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The HTTP client

    /** An answer: its status, its head's few headers of interest, its body (decoded) when asked for. */
    private record Response(int status, List<String> setCookies, String contentType, byte[] body) {

        boolean sessionCookie() {
            for (var cookie : setCookies) {
                if (cookie.regionMatches(true, 0, "JSESSIONID=", 0, 11)) {
                    return true;
                }
            }
            return false;
        }

        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }

        /** Keeps the cookies the answer sets (their name and value only), as a browser's cookie jar does. */
        void keepCookies(Map<String, String> jar) {
            for (var cookie : setCookies) {
                int semicolon = cookie.indexOf(';');
                var pair = semicolon < 0 ? cookie : cookie.substring(0, semicolon);
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    var name = pair.substring(0, equals).strip();
                    var value = pair.substring(equals + 1).strip();
                    boolean expired = cookie.toLowerCase(Locale.ROOT).contains("max-age=0");
                    if (expired) {
                        jar.remove(name);
                    } else {
                        jar.put(name, value);
                    }
                }
            }
        }
    }

    /**
     * One HTTP/1.1 connection, kept alive, read through a buffer of its own: a request written in one go, the
     * answer's head parsed for the few headers that matter, its body read by length or by chunks and either skipped
     * or kept (and decoded from gzip). Much cheaper than a general client, so that what is measured is the portal.
     * A connection the server ends ({@code Connection: close}, Tomcat's keep-alive allowance) is opened again.
     */
    private static final class Connection implements AutoCloseable {

        private final int port;
        private final long deadline;
        private final byte[] buffer = new byte[16 * 1024];
        private final StringBuilder line = new StringBuilder(128);
        private int position;
        private int limit;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(int port) {
            this(port, Long.MAX_VALUE);
        }

        /** A connection whose exchanges must all end before {@code deadline}, a {@link System#nanoTime()}. */
        Connection(int port, long deadline) {
            this.port = port;
            this.deadline = deadline;
        }

        /** The read timeout: the usual, or what is left before the deadline. */
        private int timeout() throws IOException {
            if (deadline == Long.MAX_VALUE) {
                return READ_TIMEOUT;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new SocketTimeoutException("Over the visit's deadline");
            }
            return (int) Math.min(READ_TIMEOUT, left);
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeout());
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                    Math.min(CONNECT_TIMEOUT, timeout()));
            out = socket.getOutputStream();
            in = socket.getInputStream();
            position = 0;
            limit = 0;
        }

        /** Drops the connection (after a failure): the next exchange opens a new one. */
        void reset() {
            close();
        }

        Response exchange(byte[] request, boolean keepBody) throws IOException {
            if (socket == null) {
                connect();
            }
            out.write(request);
            out.flush();
            var status = line();
            if (status.length() < 12 || !status.startsWith("HTTP/1.")) {
                throw new IOException("Not an HTTP answer: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = status.startsWith("HTTP/1.0");
            String encoding = null;
            String contentType = null;
            List<String> cookies = List.of();
            for (var header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                var value = header.substring(colon + 1).strip();
                if (is(header, colon, "content-length")) {
                    length = Long.parseLong(value);
                } else if (is(header, colon, "transfer-encoding")) {
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                } else if (is(header, colon, "connection")) {
                    closing = value.toLowerCase(Locale.ROOT).contains("close");
                } else if (is(header, colon, "content-encoding")) {
                    encoding = value.toLowerCase(Locale.ROOT);
                } else if (is(header, colon, "content-type")) {
                    contentType = value;
                } else if (is(header, colon, "set-cookie")) {
                    if (cookies.isEmpty()) {
                        cookies = new ArrayList<>(2);
                    }
                    cookies.add(value);
                }
            }
            byte[] body = null;
            if (code == 204 || code == 304 || code / 100 == 1) {
                body = keepBody ? new byte[0] : null;
            } else if (chunked) {
                var kept = keepBody ? new ByteArrayOutputStream(64 * 1024) : null;
                for (long chunk = chunkSize(); chunk > 0; chunk = chunkSize()) {
                    transfer(chunk, kept);
                    line();
                }
                for (var trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // Trailers: none expected, none kept.
                }
                body = kept == null ? null : kept.toByteArray();
            } else if (length >= 0) {
                var kept = keepBody ? new ByteArrayOutputStream((int) length) : null;
                transfer(length, kept);
                body = kept == null ? null : kept.toByteArray();
            } else {
                // No length: the body lasts until the server closes the connection.
                var kept = new ByteArrayOutputStream();
                kept.write(buffer, position, limit - position);
                in.transferTo(kept);
                body = keepBody ? kept.toByteArray() : null;
                closing = true;
            }
            if (body != null && encoding != null && !encoding.equals("identity")) {
                body = decode(body, encoding);
            }
            if (closing) {
                close();
            }
            return new Response(code, cookies, contentType, body);
        }

        private static boolean is(String header, int colon, String name) {
            return colon == name.length() && header.regionMatches(true, 0, name, 0, colon);
        }

        private static byte[] decode(byte[] body, String encoding) throws IOException {
            InputStream decoded = switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
                default -> throw new IOException("Content-Encoding " + encoding + " cannot be decoded here");
            };
            try (decoded) {
                return decoded.readAllBytes();
            }
        }

        private long chunkSize() throws IOException {
            var size = line();
            int semicolon = size.indexOf(';');
            return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
        }

        private void transfer(long bytes, ByteArrayOutputStream kept) throws IOException {
            while (bytes > 0) {
                if (position == limit) {
                    fill();
                }
                int n = (int) Math.min(bytes, limit - position);
                if (kept != null) {
                    kept.write(buffer, position, n);
                }
                position += n;
                bytes -= n;
            }
        }

        private void fill() throws IOException {
            if (deadline != Long.MAX_VALUE) {
                socket.setSoTimeout(timeout());
            }
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                throw new EOFException("The portal closed the connection");
            }
            position = 0;
            limit = n;
        }

        private String line() throws IOException {
            line.setLength(0);
            while (true) {
                if (position == limit) {
                    fill();
                }
                int c = buffer[position++] & 0xff;
                if (c == '\n') {
                    return line.toString();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing: nothing to do.
                }
                socket = null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The portal's process

    /**
     * The production jar running as its own process, in the demo, in a fresh temporary folder (so that
     * {@code ./data/demo} starts empty and the demo data loads), on free ports. Closing it ends the process and
     * deletes the folder; a shutdown hook does the same when the benchmark ends otherwise.
     */
    private static final class Portal implements AutoCloseable {

        private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

        final Process process;
        final Path folder;
        final int port;

        private Portal(Process process, Path folder, int port) {
            this.process = process;
            this.folder = folder;
            this.port = port;
        }

        static Portal start(String label, String heap) throws Exception {
            var folder = Files.createTempDirectory("surge-benchmark");
            int port = freePort();
            int mailPort = freePort();
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var builder = new ProcessBuilder(java, "-Xmx" + heap, "-jar", JAR.toString())
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("portal.log").toFile());
            var environment = builder.environment();
            // Nothing from this shell's environment may point the portal elsewhere than its fresh folder.
            for (var name : List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "SEARCH_INDEX_DIR",
                    "DEMO_DATA", "PUBLIC_URL", "MAIL_HOST", "SPRING_APPLICATION_JSON", "JAVA_TOOL_OPTIONS",
                    "JDK_JAVA_OPTIONS", "SERVER_PORT")) {
                environment.remove(name);
            }
            environment.put("SPRING_PROFILES_ACTIVE", "demo");
            environment.put("PORT", Integer.toString(port));
            environment.put("MAIL_LOCAL_PORT", Integer.toString(mailPort));
            long begin = System.nanoTime();
            var portal = new Portal(builder.start(), folder, port);
            RUNNING.add(portal);
            try {
                portal.awaitReady();
            } catch (Exception | Error failed) {
                portal.printLog();
                portal.close();
                throw failed;
            }
            System.out.printf(Locale.ROOT, "%nPortal for the %s: pid %d, port %d, -Xmx%s, ready after %.1f s%n",
                    label, portal.process.pid(), port, heap, Benchmarks.seconds(begin));
            return portal;
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        /** Waits until readiness answers 200 (the demo data is loaded by then) and the home page does too. */
        private void awaitReady() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The portal exited with " + process.exitValue());
                }
                if (answers("/actuator/health/readiness") && answers("/")) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("The portal was not ready within 5 minutes");
        }

        private boolean answers(String path) {
            try (var connection = new Connection(port)) {
                return connection.exchange(get(port, path, "*/*", "en", Map.of()), false).status() == 200;
            } catch (IOException notYet) {
                return false;
            }
        }

        private void printLog() {
            try {
                var lines = Files.readAllLines(folder.resolve("portal.log"));
                System.out.println("The portal's log, its last lines:");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
            } catch (IOException unreadable) {
                System.out.println("The portal's log cannot be read: " + unreadable);
            }
        }

        /** Live bytes after a full collection, counted object by object (twice: the first clears what lingers). */
        long liveBytes() throws Exception {
            jcmd("GC.class_histogram");
            var histogram = jcmd("GC.class_histogram");
            for (var row : histogram.split("\n")) {
                if (row.startsWith("Total")) {
                    var columns = row.trim().split("\\s+");
                    return Long.parseLong(columns[columns.length - 1]);
                }
            }
            throw new IllegalStateException("No total in the class histogram: " + histogram);
        }

        /** Heap used after full collections, as {@code GC.heap_info} reports it; -1 when it cannot be read. */
        long heapAfterGc() {
            try {
                jcmd("GC.run");
                jcmd("GC.run");
                var info = jcmd("GC.heap_info");
                long used = 0;
                boolean found = false;
                for (var row : info.split("\n")) {
                    if (row.contains("Metaspace") || row.contains("class space")) {
                        continue;
                    }
                    var matcher = HEAP_USED.matcher(row);
                    if (matcher.find()) {
                        used += Long.parseLong(matcher.group(1)) * 1024;
                        found = true;
                    }
                }
                if (!found) {
                    System.out.println("  GC.heap_info has no heap used: " + info);
                    return -1;
                }
                return used;
            } catch (Exception failed) {
                System.out.println("  the heap cannot be read: " + failed);
                return -1;
            }
        }

        /** The process's peak resident set (VmHWM) in kB, or -1. */
        long maxRssKb() {
            try {
                for (var row : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                    if (row.startsWith("VmHWM:")) {
                        return Long.parseLong(row.substring(6).replace("kB", "").strip());
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // Not Linux, or the process has gone.
            }
            return -1;
        }

        private String jcmd(String command) throws Exception {
            var jcmd = new ProcessBuilder(JCMD.toString(), Long.toString(process.pid()), command)
                    .redirectErrorStream(true).start();
            var output = new AtomicReference<String>("");
            var reader = Thread.ofVirtual().start(() -> {
                try {
                    output.set(new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // The process was ended.
                }
            });
            if (!jcmd.waitFor(5, TimeUnit.MINUTES)) {
                jcmd.destroyForcibly();
                throw new IllegalStateException("jcmd " + command + " took over 5 minutes");
            }
            reader.join();
            if (jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output.get());
            }
            return output.get();
        }

        @Override
        public void close() {
            if (!RUNNING.remove(this)) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try {
                Benchmarks.delete(folder);
            } catch (IOException | RuntimeException undeletable) {
                System.out.println("  " + folder + " could not be deleted: " + undeletable);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures

    /**
     * CPU time so far: the machine's (from {@code /proc/stat}), this JVM's and the portal's, so that a measure can
     * say how many cores each used and how much went to other processes: the figures are only as good as the
     * machine was quiet.
     */
    private record Cpu(long machineBusy, long machineAll, long client, long portal, long wall) {

        static Cpu now(Portal portal) {
            long busy = -1;
            long all = -1;
            try {
                var columns = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                all = 0;
                for (int i = 1; i < columns.length && i <= 8; i++) {
                    all += Long.parseLong(columns[i]);
                }
                // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
                busy = all - Long.parseLong(columns[4]) - Long.parseLong(columns[5]);
            } catch (IOException | RuntimeException notLinux) {
                // Only the JVMs' own figures then.
            }
            return new Cpu(busy, all, cpu(ProcessHandle.current()), cpu(portal.process.toHandle()),
                    System.nanoTime());
        }

        private static long cpu(ProcessHandle process) {
            return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        }

        /** The cores each used on average since {@code start}. */
        Cpu since(Portal portal) {
            var end = now(portal);
            double wall = end.wall() - wall();
            return new Cpu(end.machineBusy() - machineBusy(), end.machineAll() - machineAll(),
                    (long) ((end.client() - client()) / wall * 1000), (long) ((end.portal() - portal()) / wall * 1000),
                    (long) wall);
        }

        /** Of a {@link #since} reading: cores used by the portal, this client and the rest, in thousandths. */
        String brief() {
            int cores = Runtime.getRuntime().availableProcessors();
            double machine = machineAll() > 0 ? (double) machineBusy() / machineAll() * cores : Double.NaN;
            double other = Math.max(0, machine - client() / 1000.0 - portal() / 1000.0);
            return String.format(Locale.ROOT, "portal %.2f, this client %.2f, other processes %.2f of %d cores",
                    portal() / 1000.0, client() / 1000.0, other, cores);
        }

        @Override
        public String toString() {
            return "CPU used over these measures: " + brief();
        }
    }

    private static void record(String name, String value, String target, Boolean met) {
        SUMMARY.add(new String[] {name, value, target == null ? "" : target,
            met == null ? "" : met ? "met" : "NOT met"});
    }

    private static void summary(double seconds) {
        System.out.printf(Locale.ROOT, "%nSummary (jar %s, run %.1f min):%n", JAR, seconds / 60);
        for (var row : SUMMARY) {
            System.out.printf(Locale.ROOT, "  %-50s %s%s%n", row[0], row[1],
                    row[2].isEmpty() ? "" : "   [target " + row[2] + ": " + row[3] + "]");
        }
    }

    private static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        if (Double.isInfinite(millis)) {
            // Failed visits rank after every success: this quantile falls among them.
            return "∞ (errors)";
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.2f ms", millis)
                : String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static long[] join(Future<long[]> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
