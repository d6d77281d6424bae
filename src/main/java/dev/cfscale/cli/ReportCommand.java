package dev.cfscale.cli;

import dev.cfscale.analysis.RepositoryScan;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.findings.Baseline;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.RuleDescriptor;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.guide.GuideBuilder;
import dev.cfscale.models.guide.GuideInputs;
import dev.cfscale.models.plan.PlanResult;
import dev.cfscale.models.plan.Planner;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.models.tiers.TierPlanner;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.render.Report;
import dev.cfscale.render.guide.GuideHtmlRenderer;
import dev.cfscale.render.guide.GuideMarkdownRenderer;
import dev.cfscale.render.guide.GuideRenderer;
import dev.cfscale.render.guide.GuideReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale report}: the production scaling guide for the project, from the audit, the plan and the cost model. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the production scaling guide for DIR: current setup, what breaks first, cost per tier, decision matrix, "
        + "findings by area, readiness and tier checklists, roadmap and metrics to watch (a self-contained HTML page or Markdown).")
public final class ReportCommand implements Callable<Integer> {
  /** The seed guide's traffic tiers, requests per day: the tier checklist and the roadmap's horizons are written against them. */
  static final List<Long> TIERS = List.of(10_000L, 100_000L, 1_000_000L, 10_000_000L);

  /** The formats the guide is written in. */
  enum Format { html, md }

  @ParentCommand
  CfscaleCommand parent;

  @Mixin
  ProjectArgument dir = new ProjectArgument();

  @Mixin
  WorkloadOptions traffic = new WorkloadOptions();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "html or md (default: md when --output ends with .md, else html).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the guide to FILE instead of stdout.")
  Path output;

  @Option(names = "--today", hidden = true, paramLabel = "YYYY-MM-DD", description = "Pretend today is this date (reproducible runs and tests).")
  LocalDate today = LocalDate.now();

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir.directory)) {
      throw new UsageException(dir.directory + ": not a directory");
    }
    Optional<Workload> workload = traffic.workload(parent.console().err());
    if (workload.isEmpty()) {
      return ExitCode.INPUT_ERROR;
    }
    GuideReport report = guide(dir.directory, workload.get(), traffic.plan(), traffic.workloadName(), today);
    write(report);
    return report.problems().stream().anyMatch(Problem::isError) ? ExitCode.INPUT_ERROR : ExitCode.OK;
  }

  /** The guide for {@code root}: one audit, one plan on {@code chosen} (and its tiers priced on Free), the repository's signals. */
  static GuideReport guide(Path root, Workload workload, Plan chosen, String workloadName, LocalDate today) {
    PlatformFacts facts = Preload.platformFacts();
    AuditPipeline.Outcome audit = new AuditPipeline(today).run(root, Optional.empty(), Optional.empty(), Baseline.empty());
    Report findings = audit.report();
    PlanResult result = new Planner(facts, workload, chosen).plan(audit.facts(), TIERS);
    List<TierCost> free = chosen == Plan.FREE ? result.tiers() : new TierPlanner(facts, workload).plan(result.profile(), TIERS, Plan.FREE);
    String name = root.toAbsolutePath().normalize().getFileName() == null ? "project"
        : root.toAbsolutePath().normalize().getFileName().toString();
    GuideInputs inputs = new GuideInputs(name, audit.facts(), findings.findings(), findings.suppressed(), result, chosen, free,
        RepositoryScan.scan(root), findings.rules().stream().collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::summary)));
    return new GuideReport(findings.toolVersion(), facts.version(), facts.asOf(), workloadName, new GuideBuilder(facts).build(inputs),
        findings.problems(), findings.inputs());
  }

  private void write(GuideReport report) throws IOException {
    Format chosen = format != null ? format : output != null && output.toString().endsWith(".md") ? Format.md : Format.html;
    GuideRenderer renderer = chosen == Format.md ? new GuideMarkdownRenderer() : new GuideHtmlRenderer();
    if (output == null) {
      renderer.render(report, parent.console().out());
      parent.console().out().flush();
      return;
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      renderer.render(report, w);
    }
  }
}
