package org.neighbourhood.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

/**
 * Upload limits hold on the server, whatever a client sends: a gigabyte to the address of a real picture upload,
 * in a real signed-in session, is refused after a few megabytes at most and never lands in the heap. The bodies
 * are made up as they are sent, so the test holds none of them either.
 */
class UploadLimitBrowserTest extends BrowserTest {

    private static final long GIGABYTE = 1L << 30;
    private static final long MEGABYTE = 1L << 20;
    private static final Page.GetByLabelOptions EXACT_LABEL = new Page.GetByLabelOptions().setExact(true);
    private static final Page.GetByTextOptions EXACT_TEXT = new Page.GetByTextOptions().setExact(true);

    @Test
    void a_gigabyte_sent_to_a_picture_upload_is_refused_early_and_the_heap_stays_flat() throws Exception {
        signIn("editor.riverside", "demo");
        openSettled("/admin/updates");
        page.getByLabel("Title (English)", EXACT_LABEL).fill("Upload limits " + System.nanoTime());
        page.getByLabel("Text (English, Markdown)", EXACT_LABEL).fill("Checking upload limits.");
        page.getByText("Save", EXACT_TEXT).click();
        page.waitForSelector("text=Saved.");
        var target = URI.create((String) page.evalOnSelector(".update-image-editor vaadin-upload",
                "u => new URL(u.target, document.baseURI).href"));
        var cookies = context.cookies().stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
        var http = HttpClient.newHttpClient();

        var picture = Files.readAllBytes(Path.of("src/test/resources/images/landscape.webp"));
        var accepted = http.send(raw(target, cookies, "landscape.webp").POST(BodyPublishers.ofByteArray(picture))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as("a small picture through the same address and session: %s",
                accepted.body()).isEqualTo(200);

        // A body held in memory lands in the old generation at once (arrays this large are never young): its
        // peak, which the JVM tracks itself, shows it, while short-lived buffers do not blur the picture.
        var heap = ManagementFactory.getMemoryMXBean();
        var oldGeneration = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured")).toList();
        assertThat(oldGeneration).as("the heap's old generation").isNotEmpty();
        System.gc();
        var before = heap.getHeapMemoryUsage().getUsed();
        var oldBefore = oldGeneration.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);
        var declared = new Generated(GIGABYTE);
        assertRefusedEarly("raw, length declared", declared, () -> http.send(raw(target, cookies, "big.webp")
                .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> declared), GIGABYTE))
                .build(), HttpResponse.BodyHandlers.ofString()));

        var chunked = new Generated(GIGABYTE);
        assertRefusedEarly("raw, chunked", chunked, () -> http.send(raw(target, cookies, "big.webp")
                .POST(BodyPublishers.ofInputStream(() -> chunked)).build(), HttpResponse.BodyHandlers.ofString()));

        var boundary = "----limit" + System.nanoTime();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.webp\""
                + "\r\nContent-Type: image/webp\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        var part = new Generated(GIGABYTE);
        assertRefusedEarly("multipart", part, () -> http.send(HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30)).header("Cookie", cookies)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new SequenceInputStream(new ByteArrayInputStream(head), part),
                        new ByteArrayInputStream(tail))), head.length + GIGABYTE + tail.length))
                .build(), HttpResponse.BodyHandlers.ofString()));

        var chunkedPart = new Generated(GIGABYTE);
        assertRefusedEarly("multipart, chunked", chunkedPart, () -> http.send(HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30)).header("Cookie", cookies)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                        new SequenceInputStream(new ByteArrayInputStream(head), chunkedPart),
                        new ByteArrayInputStream(tail))))
                .build(), HttpResponse.BodyHandlers.ofString()));
        var oldPeak = oldGeneration.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        assertThat((oldPeak - oldBefore) / MEGABYTE).as("MB of heap taken while they were sent").isLessThan(100);
        System.gc();
        assertThat((heap.getHeapMemoryUsage().getUsed() - before) / MEGABYTE).as("MB of heap kept").isLessThan(100);

        // An editor whose browser let a file past its own check is told why beside the upload.
        page.evalOnSelector(".update-image-editor vaadin-upload", "u => { u.maxFileSize = Number.MAX_SAFE_INTEGER; }");
        var refused = page.waitForResponse(response -> response.url().equals(target.toString()),
                () -> page.locator(".update-image-editor input[type=file]")
                        .setInputFiles(new FilePayload("big.png", "image/png", new byte[6 * (int) MEGABYTE])));
        assertThat(refused.status()).isEqualTo(422);
        page.getByLabel("Picture description", EXACT_LABEL).fill("A file too large");
        page.keyboard().press("Tab");
        page.waitForSelector("text=This file is larger than 5 MB. Choose a smaller image.");
    }

    private static HttpRequest.Builder raw(URI target, String cookies, String filename) {
        return HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).header("Cookie", cookies)
                .header("Content-Type", "image/webp").header("X-Filename", filename);
    }

    private static void assertRefusedEarly(String kind, Generated body, Sending sending) {
        var started = System.nanoTime();
        String outcome;
        try {
            var response = sending.send();
            outcome = "HTTP " + response.statusCode();
            assertThat(response.statusCode()).as("%s: status", kind).isNotEqualTo(200);
        } catch (IOException e) {
            // The server may close the connection while the client is still sending: refused just the same.
            outcome = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(body.sent() / MEGABYTE).as("%s (%s): MB sent before the server stopped reading", kind, outcome)
                .isLessThan(100);
        assertThat(seconds).as("%s: seconds to be refused", kind).isLessThan(20);
    }

    @FunctionalInterface
    private interface Sending {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /** A body of the given length made up as it is read, counting how much was taken. */
    private static final class Generated extends InputStream {

        private final long length;
        private final AtomicLong sent = new AtomicLong();

        Generated(long length) {
            this.length = length;
        }

        long sent() {
            return sent.get();
        }

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            var left = length - sent.get();
            if (left <= 0) {
                return -1;
            }
            var n = (int) Math.min(count, left);
            sent.addAndGet(n);
            return n;
        }
    }
}
