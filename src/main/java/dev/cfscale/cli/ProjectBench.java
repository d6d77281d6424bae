package dev.cfscale.cli;

import dev.cfscale.findings.Baseline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Times the audit of a real project folder ({@code cfscale bench --project DIR}): the first run, then warm runs,
 * each with a new loader (nothing parsed is reused between runs), wall time and the process's CPU time. Warm CPU
 * time is the figure to compare two builds by on a busy machine: it counts only this process's work.
 */
final class ProjectBench {
  private ProjectBench() {}

  static String run(Path dir, int iterations) {
    BenchMeters.reset();
    long[] first = timed(dir);
    long peak = BenchMeters.peakHeapBytes();
    long[] wall = new long[iterations];
    long[] cpu = new long[iterations];
    int findings = 0;
    for (int i = 0; i < iterations; i++) {
      long[] run = timed(dir);
      wall[i] = run[0];
      cpu[i] = run[1];
      findings = (int) run[2];
    }
    return String.format(Locale.ROOT, "project %s: first run %.2f s wall, %.2f s CPU, peak heap %.0f MB; %d warm runs: median %.2f s wall"
        + " (min %.2f), %.2f s CPU (min %.2f); %d findings", dir, first[0] / 1e9, first[1] / 1e9, peak / 1e6, iterations,
        median(wall) / 1e9, min(wall) / 1e9, median(cpu) / 1e9, min(cpu) / 1e9, findings);
  }

  /** One audit as {@code cfscale audit DIR} runs it, without rendering: {wall nanos, process CPU nanos, findings}. */
  private static long[] timed(Path dir) {
    long start = System.nanoTime();
    long cpuStart = BenchMeters.processCpuNanos();
    int findings = new AuditPipeline(LocalDate.now()).run(dir, Optional.empty(), Optional.empty(), Baseline.empty()).allFindings().size();
    return new long[] {System.nanoTime() - start, BenchMeters.processCpuNanos() - cpuStart, findings};
  }

  private static long median(long[] values) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElse(0);
  }
}
