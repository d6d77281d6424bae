package dev.cfscale.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What the benchmarks read from the JVM besides wall time: process CPU time and the heap's peak since a reset. */
final class BenchMeters {
  private BenchMeters() {}

  /** Collects garbage, then starts the heap pools' peaks afresh, so the next peak is that of the work measured next. */
  static void reset() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the last {@link #reset} (an upper bound: pools peak at different times). */
  static long peakHeapBytes() {
    return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** CPU time of the whole process (every thread, the collector's and compiler's included), or wall time when unknown. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
      return os.getProcessCpuTime();
    }
    return System.nanoTime();
  }

  private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
  }
}
