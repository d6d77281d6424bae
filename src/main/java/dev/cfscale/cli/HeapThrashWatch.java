package dev.cfscale.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Ends a run whose heap is exhausted but that never gets an {@link OutOfMemoryError}. When the heap runs
 * out while swc4j is inside its native parse, the Rust side keeps allocating Java objects through JNI and
 * the JVM only collects, again and again, without ever throwing: the run would spin forever. This daemon
 * watches the share of wall time spent collecting; when collection has taken at least {@link #GC_SHARE} of
 * a {@link #WINDOW_MILLIS} window and the heap is nearly full ({@link #nearlyFull}: on a loaded machine, pauses
 * stretch in wall time and a healthy run can spend most of a window collecting), it writes the same sentence {@link Main} writes for an
 * out-of-memory error and halts with exit code 3. The sentence's bytes are made up front, since nothing can
 * be allocated by then. The management beans are only touched after {@link #FIRST_LOOK_MILLIS}, so a
 * short run pays nothing for them.
 */
final class HeapThrashWatch {
  static final double GC_SHARE = 0.9;
  static final long WINDOW_MILLIS = 8_000;
  /** Headroom below which a heap counts as nearly full: this share of the maximum, and at least {@link #MIN_HEADROOM}. */
  static final double HEADROOM_SHARE = 0.1;
  static final long MIN_HEADROOM = 32L << 20;
  private static final long FIRST_LOOK_MILLIS = 2_000;
  private static final long PERIOD_MILLIS = 250;

  private final long[] gcMillis = new long[(int) (WINDOW_MILLIS / PERIOD_MILLIS) + 1];
  private final long[] wallMillis = new long[gcMillis.length];
  private int samples;

  /**
   * Starts the watch on a daemon thread; call after {@link NativeStderr#silence()}, whose standard error it writes.
   * It writes {@code outOfMemory}'s sentence unless another thread of the run has said it already.
   */
  static void start(OutOfMemoryNotice outOfMemory) {
    byte[] sentence = ("cfscale: error: " + outOfMemory.sentence() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
    PrintStream err = System.err; // after NativeStderr moved it: descriptor 2 may be /dev/null
    Thread thread = new Thread(() -> new HeapThrashWatch().watch(() -> halt(err, sentence, outOfMemory)), "cfscale-heap-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void watch(Runnable onThrash) {
    try {
      Thread.sleep(FIRST_LOOK_MILLIS);
      List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long max = Runtime.getRuntime().maxMemory();
      while (true) {
        long gc = 0;
        for (GarbageCollectorMXBean collector : collectors) {
          gc += Math.max(0, collector.getCollectionTime());
        }
        if (record(gc, System.nanoTime() / 1_000_000) && nearlyFull(memory.getHeapMemoryUsage().getUsed(), max)) {
          onThrash.run();
          return;
        }
        Thread.sleep(PERIOD_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (OutOfMemoryError e) {
      // even this thread's few objects could not be had: the heap is gone
      onThrash.run();
    }
  }

  /**
   * Adds a sample (total collection time so far, and a wall clock, both in milliseconds) and answers whether
   * the samples of the last window show a heap that only collects: a full window covered, and collection
   * took at least {@link #GC_SHARE} of it.
   */
  boolean record(long gcTotalMillis, long nowMillis) {
    int slot = samples % gcMillis.length;
    gcMillis[slot] = gcTotalMillis;
    wallMillis[slot] = nowMillis;
    samples++;
    for (int back = 1; back < Math.min(samples, gcMillis.length); back++) {
      int old = Math.floorMod(samples - 1 - back, gcMillis.length);
      long wall = nowMillis - wallMillis[old];
      if (wall >= WINDOW_MILLIS) {
        return gcTotalMillis - gcMillis[old] >= GC_SHARE * wall;
      }
    }
    return false;
  }

  /** Whether {@code used} bytes leave less than the headroom of a {@code max}-byte heap. */
  static boolean nearlyFull(long used, long max) {
    return max - used < Math.max(MIN_HEADROOM, (long) (HEADROOM_SHARE * max));
  }

  private static void halt(PrintStream err, byte[] sentence, OutOfMemoryNotice outOfMemory) {
    if (outOfMemory.first()) {
      err.write(sentence, 0, sentence.length);
      err.flush();
    }
    Runtime.getRuntime().halt(ExitCode.INTERNAL_ERROR);
  }
}
