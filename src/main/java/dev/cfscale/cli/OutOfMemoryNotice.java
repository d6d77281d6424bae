package dev.cfscale.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The out-of-memory sentence, said at most once per run. When the heap runs out, several threads can fail at about
 * the same time: a helper thread (a rule's worker, the preloader) through the default uncaught-exception handler, the
 * run itself through its own catch, and {@link HeapThrashWatch}. Each asks {@link #first()} before writing, so the
 * user reads one sentence instead of two. The sentence is built up front: when it is needed, nothing may be left to
 * allocate it with.
 */
final class OutOfMemoryNotice {
  private final AtomicBoolean said = new AtomicBoolean();
  private final String sentence;

  /** A notice for a JVM whose heap may grow to {@code maxHeapBytes}. */
  OutOfMemoryNotice(long maxHeapBytes) {
    this.sentence = "out of memory: the project needs more heap than the JVM has (" + maxHeapBytes / (1 << 20)
        + " MB); run java with a larger -Xmx, or audit fewer folders at once";
  }

  /** A notice for this JVM's maximum heap. */
  static OutOfMemoryNotice forThisJvm() {
    return new OutOfMemoryNotice(Runtime.getRuntime().maxMemory());
  }

  /** True for the first caller only, from whichever thread (it writes the sentence); false for every later one. */
  boolean first() {
    return said.compareAndSet(false, true);
  }

  /** The sentence, without the {@code cfscale: error: } prefix. */
  String sentence() {
    return sentence;
  }
}
