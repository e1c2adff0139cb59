package org.neighbourhood.api;

import static org.neighbourhood.Benchmarks.seconds;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.neighbourhood.Application;
import org.neighbourhood.Benchmarks;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Requests a second for the open data API beside a static file served by the same portal in the same run, so that
 * the ratios hold on a noisy machine: fresh {@code 200}s and {@code 304}s to a matching {@code If-None-Match} for
 * the neighbourhood list, one neighbourhood and its priorities. Targets: {@code 304}s at least as fast as the static
 * file, {@code 200}s at least half as fast.
 *
 * <p>The portal runs in this JVM on the demo data, with the rate limit lifted; the clients are {@code api.clients}
 * threads (default 4), each on a kept-alive HTTP/1.1 connection of its own. Each address is measured for {@code api.seconds}
 * seconds (default 10) in all, in five rounds that take every address in turn, after a warm-up round.
 */
public final class ApiBenchmark {

    private static final int CLIENTS = Integer.getInteger("api.clients", 4);
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("api.seconds", 10));
    private static final int ROUNDS = 5;
    private static final String STATIC_FILE = "/brand/northshire/logo.svg";

    private record Target(String name, String path, boolean conditional) {
    }

    private record Result(Target target, long requests, long errors, double seconds, long[] nanos, int bytes) {

        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            return nanos.length == 0 ? 0 : nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)]
                    / 1e6;
        }
    }

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "API benchmark: Java %s, %d processors, max heap %d MB, %d client threads,"
                + " %d s per measure%n", System.getProperty("java.version"), runtime.availableProcessors(),
                runtime.maxMemory() >> 20, CLIENTS, MEASURE.toSeconds());
        var folder = Files.createTempDirectory("api-benchmark");
        try (var context = start(folder)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            run("http://localhost:" + port);
        } finally {
            Benchmarks.delete(folder);
        }
    }

    private static ConfigurableApplicationContext start(Path folder) {
        String[] properties = {
            "--spring.profiles.active=demo",
            "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                    + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--spring.jpa.properties.hibernate.search.backend.directory.root=" + folder.resolve("index")
                    .toAbsolutePath(),
            "--neighbourhood.demo-data=true",
            "--neighbourhood.mail.local-port=0",
            // Every request comes from one address here; the limit is measured by the tests, not this.
            "--neighbourhood.api.requests-per-second=100000000",
            "--neighbourhood.api.burst=100000000",
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
        };
        return new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("apiBenchmarkExclusions",
                        new Benchmarks.MainBeansOnly()))
                .run(properties);
    }

    private static void run(String base) throws Exception {
        var targets = List.of(
                new Target("static file " + STATIC_FILE, STATIC_FILE, false),
                new Target("neighbourhood list, 200", "/api/northshire/neighbourhoods", false),
                new Target("neighbourhood list, 304", "/api/northshire/neighbourhoods", true),
                new Target("one neighbourhood, 200", "/api/northshire/riverside", false),
                new Target("one neighbourhood, 304", "/api/northshire/riverside", true),
                new Target("its priorities, 200", "/api/northshire/riverside/priorities", false),
                new Target("its priorities, 304", "/api/northshire/riverside/priorities", true),
                new Target("static file, again", STATIC_FILE, false));
        // Warm every address up first, then measure them in turn, round after round, so that the machine's drift
        // (its other work, the compiler settling) falls on every address alike.
        for (var target : targets) {
            measure(base, target, MEASURE.dividedBy(ROUNDS));
        }
        var rounds = new ArrayList<List<Result>>();
        for (int round = 0; round < ROUNDS; round++) {
            var results = new ArrayList<Result>();
            for (var target : targets) {
                results.add(measure(base, target, MEASURE.dividedBy(ROUNDS)));
            }
            rounds.add(results);
        }
        var results = new ArrayList<Result>();
        for (int i = 0; i < targets.size(); i++) {
            int index = i;
            var parts = rounds.stream().map(r -> r.get(index)).toList();
            var result = new Result(targets.get(i), parts.stream().mapToLong(Result::requests).sum(),
                    parts.stream().mapToLong(Result::errors).sum(), parts.stream().mapToDouble(Result::seconds).sum(),
                    parts.stream().flatMapToLong(r -> Arrays.stream(r.nanos())).sorted().toArray(),
                    parts.getFirst().bytes());
            results.add(result);
            System.out.printf(Locale.ROOT, "  %-40s %,9.0f requests/s  p50 %5.2f ms  p99 %5.2f ms  body %,5d bytes"
                    + "  errors %d%n", result.target().name(), result.perSecond(), result.percentile(0.50),
                    result.percentile(0.99), result.bytes(), result.errors());
        }
        // The static file measured first and last in each round: their mean is the yardstick, their spread the noise.
        double staticRate = (results.getFirst().perSecond() + results.getLast().perSecond()) / 2;
        System.out.printf(Locale.ROOT, "Static file: %,.0f requests/s (first %,.0f, last %,.0f)%n", staticRate,
                results.getFirst().perSecond(), results.getLast().perSecond());
        for (var result : results.subList(1, results.size() - 1)) {
            double ratio = result.perSecond() / staticRate;
            boolean conditional = result.target().conditional();
            double goal = conditional ? 1.0 : 0.5;
            System.out.printf(Locale.ROOT, "  %-40s %.2f × the static file (target ≥ %.1f: %s)%n",
                    result.target().name(), ratio, goal, ratio >= goal ? "met" : "NOT met");
        }
    }

    private static Result measure(String base, Target target, Duration duration) throws Exception {
        var probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var first = probe.send(HttpRequest.newBuilder(URI.create(base + target.path())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (first.statusCode() != 200) {
            throw new IllegalStateException(target.path() + " answered " + first.statusCode());
        }
        var etag = first.headers().firstValue("ETag").orElse(null);
        int expected = target.conditional() ? 304 : 200;
        if (target.conditional() && etag == null) {
            throw new IllegalStateException(target.path() + " has no ETag");
        }
        var requests = new AtomicLong();
        var errors = new AtomicLong();
        var port = URI.create(base).getPort();
        var request = ("GET " + target.path() + " HTTP/1.1\r\nHost: localhost\r\n"
                + (target.conditional() ? "If-None-Match: " + etag + "\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        var latencies = new ArrayList<Future<long[]>>();
        try (var threads = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                latencies.add(threads.submit(() -> {
                    try (var connection = new KeptAlive(port)) {
                        var own = new long[1 << 16];
                        int n = 0;
                        while (System.nanoTime() < end) {
                            long sent = System.nanoTime();
                            int status = connection.exchange(request);
                            long took = System.nanoTime() - sent;
                            if (status != expected) {
                                errors.incrementAndGet();
                            }
                            requests.incrementAndGet();
                            if (n == own.length) {
                                own = Arrays.copyOf(own, n * 2);
                            }
                            own[n++] = took;
                        }
                        return Arrays.copyOf(own, n);
                    }
                }));
            }
        }
        double seconds = seconds(start);
        var all = latencies.stream().map(ApiBenchmark::join).flatMapToLong(Arrays::stream).sorted().toArray();
        probe.close();
        return new Result(target, requests.get(), errors.get(), seconds, all, first.body().length);
    }

    /**
     * One kept-alive HTTP/1.1 connection, as a load generator holds it: a request written in one go, the answer's
     * head read to its end and its body skipped by its length. Much cheaper than a general client, so that what
     * is measured is mostly the portal.
     */
    private static final class KeptAlive implements AutoCloseable {

        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        KeptAlive(int port) throws IOException {
            this.port = port;
            connect();
        }

        /** A new connection, as when the server ends one after its keep-alive allowance (Tomcat: 100 requests). */
        private void connect() throws IOException {
            socket = new Socket("localhost", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** Sends the request and reads the whole answer; returns its status. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            var status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean closing = false;
            for (var header = line(); !header.isEmpty(); header = line()) {
                var lower = header.toLowerCase(Locale.ROOT);
                closing |= lower.startsWith("connection:") && lower.contains("close");
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long chunk = Long.parseLong(line().strip(), 16); chunk > 0;
                        chunk = Long.parseLong(line().strip(), 16)) {
                    skip(chunk + 2);
                }
                line();
            } else {
                skip(length);
            }
            if (closing) {
                socket.close();
                connect();
            }
            return code;
        }

        private String line() throws IOException {
            var line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("The portal closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void skip(long bytes) throws IOException {
            // Throws EOFException when the connection ends first.
            in.skipNBytes(bytes);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static long[] join(Future<long[]> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
