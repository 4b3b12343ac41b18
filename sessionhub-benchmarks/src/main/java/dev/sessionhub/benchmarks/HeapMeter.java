package dev.sessionhub.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;

/**
 * Reads the used heap after full collections: each reading runs {@code System.gc()} three times
 * with short sleeps (so that reference processing and the cache's asynchronous maintenance
 * settle), and a measurement is the median of several readings.
 */
final class HeapMeter {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final int readings;

  HeapMeter(int readings) {
    this.readings = readings;
  }

  /** The median used heap, in bytes, over this meter's readings. */
  long usedAfterGc() throws InterruptedException {
    long[] used = new long[readings];
    for (int i = 0; i < readings; i++) {
      for (int gc = 0; gc < 3; gc++) {
        System.gc();
        Thread.sleep(50);
      }
      used[i] = MEMORY.getHeapMemoryUsage().getUsed();
    }
    Arrays.sort(used);
    return used[readings / 2];
  }
}
