package org.neighbourhood;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/** What the project's benchmarks measure alike: heap after collection, and elapsed time. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Used heap once a few full collections have had their chance. */
    public static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Seconds since {@code start}, a {@link System#nanoTime()} reading. */
    public static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Deletes a folder and everything in it, such as a benchmark's database. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException undeletable) {
                    throw new UncheckedIOException(undeletable);
                }
            });
        }
    }

    /**
     * Leaves out the beans of the test classpath (a frozen clock among them), so that a benchmark runs the portal as
     * it runs in production.
     */
    public static final class MainBeansOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURI().toString().contains("/test-classes/");
        }
    }
}
