package dev.cfscale.cli;

import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.cost.TierProjection;
import dev.cfscale.models.plan.PlanResult;
import dev.cfscale.models.plan.Planner;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.render.PlanJsonRenderer;
import dev.cfscale.render.PlanMarkdownRenderer;
import dev.cfscale.render.PlanRenderer;
import dev.cfscale.render.PlanReport;
import dev.cfscale.render.PlanTextRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale plan}: load profile per route from the code, cost per traffic tier, and what breaks first at what rate. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "From the code to a per-route load profile, the monthly cost per traffic tier and what breaks first at how many requests per second.")
public final class PlanCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Mixin
  ProjectArgument dir = new ProjectArgument();

  @Mixin
  WorkloadOptions traffic = new WorkloadOptions();

  @Option(names = "--tiers", paramLabel = "LIST", description = "Requests per day to the project (default: ${DEFAULT-VALUE}).")
  String tiers = "10k,100k,1m,10m";

  @Option(names = "--profile", description = "Print only the load profile and its assumptions.")
  boolean profileOnly;

  @Mixin
  ReportOutput output = new ReportOutput();

  @Option(names = "--write-usage", paramLabel = "FILE", description = "Write the first tier's usage as a usage file for `cfscale cost`.")
  Path writeUsage;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir.directory)) {
      throw new UsageException(dir.directory + ": not a directory");
    }
    Optional<Workload> workload = traffic.workload(parent.console().err());
    if (workload.isEmpty()) {
      return ExitCode.INPUT_ERROR;
    }
    List<Long> tierList = parseTiers();
    Plan chosen = traffic.plan();
    PlatformFacts facts = Preload.platformFacts();
    ProjectFacts project = new ProjectLoader(Preload.wranglerSchema())
        .load(new ProjectLoader.Request(dir.directory, Optional.empty(), Optional.empty(), List.of()));
    PlanResult result = new Planner(facts, workload.get(), chosen).plan(project, tierList);
    if (writeUsage != null) {
      try (Writer w = Files.newBufferedWriter(writeUsage, StandardCharsets.UTF_8)) {
        new UsageFileWriter().write(result.tiers().get(0), chosen.label(), w);
      }
    }
    write(new PlanReport(Version.current(), facts.version(), facts.asOf(), chosen.label(), result, project.problems(), profileOnly));
    return ExitCode.OK;
  }

  private List<Long> parseTiers() {
    try {
      return TierProjection.parseTiers(tiers);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--tiers: " + e.getMessage());
    }
  }

  private void write(PlanReport report) throws IOException {
    PlanRenderer renderer = switch (output.format) {
      case json -> new PlanJsonRenderer();
      case md -> new PlanMarkdownRenderer();
      default -> new PlanTextRenderer();
    };
    output.write(parent.console(), w -> renderer.render(report, w));
  }
}
