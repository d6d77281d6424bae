package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.nio.file.Path;

/** Runs {@code cfscale report} in-process at the tests' fixed date. */
final class ReportRun {
  static final Path EXAMPLE = Path.of("examples/ai-platform");

  private ReportRun() {}

  /** The guide for {@code dir} in {@code format} (html or md), asserting the run succeeded. */
  static String of(Path dir, String format) {
    CliRun run = CliRun.of("report", dir.toString(), "--format", format, "--today", CliRun.TODAY);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }
}
