package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cfscale report} options: the workload, the format chosen by the output's name, and bad input. */
class ReportCommandTest {

  @Test
  void workload_changesTheFigures(@TempDir Path dir) throws Exception {
    // a flatter day: peak 1.5x the average instead of 3x, so the first break moves from 360K to 720K requests a day
    Path workload = dir.resolve("workload.yml");
    Files.writeString(workload, "traffic:\n  peak_to_average: 1.5\n");
    CliRun run = CliRun.of("report", ReportRun.EXAMPLE.toString(), "--workload", workload.toString(), "--format", "md", "--today", CliRun.TODAY);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("**Breaks first at about 13 req/s (720K req/day at a 1.5x peak)")
        .contains("Workload: " + workload);
  }

  @Test
  void output_nameChoosesTheFormat(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("guide.md");
    Path html = dir.resolve("guide.html");
    assertThat(CliRun.of("report", ReportRun.EXAMPLE.toString(), "--output", md.toString()).exitCode()).isZero();
    assertThat(CliRun.of("report", ReportRun.EXAMPLE.toString(), "--output", html.toString()).exitCode()).isZero();
    assertThat(Files.readString(md)).startsWith("# Production scaling guide: ai-platform");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void badInput_exitsWithTwo(@TempDir Path dir) throws Exception {
    assertThat(CliRun.of("report", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
    Path workload = dir.resolve("bad.yml");
    Files.writeString(workload, "traffic:\n  peak_to_average: many\n");
    CliRun run = CliRun.of("report", ReportRun.EXAMPLE.toString(), "--workload", workload.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.yml:2");
  }
}
