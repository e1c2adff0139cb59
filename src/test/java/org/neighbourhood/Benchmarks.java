package org.neighbourhood;

import java.lang.management.ManagementFactory;

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
}
