package dev.cfscale.cli;

import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.analysis.usage.UsageExtractor;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.findings.Problem;
import dev.cfscale.models.cost.BoundProducts;
import dev.cfscale.models.cost.CostModel;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.cost.PriceList;
import dev.cfscale.models.cost.TierProjection;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.render.CostJsonRenderer;
import dev.cfscale.render.CostMarkdownRenderer;
import dev.cfscale.render.CostRenderer;
import dev.cfscale.render.CostReport;
import dev.cfscale.render.CostTextRenderer;
import dev.cfscale.render.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale cost}: an itemised monthly cost estimate, optionally projected across traffic tiers. */
@Command(name = "cost", mixinStandardHelpOptions = true,
    description = "Estimate the monthly Cloudflare bill from a usage file, per product and per traffic tier.")
public final class CostCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Mixin
  ProjectArgument dir = new ProjectArgument();

  @Option(names = {"-u", "--usage"}, paramLabel = "FILE", description = "Usage file (YAML); see usage.example.yml.")
  Path usageFile;

  @Option(names = "--plan", paramLabel = "PLAN", description = "free or paid (default: the usage file's plan, else paid).")
  String plan;

  @Option(names = "--tiers", paramLabel = "LIST", description = "Requests per day to project to, e.g. 10k,100k,1m,10m,100m.")
  String tiers;

  @Mixin
  ReportOutput output = new ReportOutput();

  @Override
  public Integer call() throws IOException {
    PlatformFacts facts = Preload.platformFacts();
    CostModel model = new CostModel(facts);
    List<Problem> problems = new ArrayList<>();
    Usage usage = Usage.none();
    if (usageFile != null) {
      UsageExtractor.Result loaded = UsageFileLoader.load(usageFile);
      if (loaded.problems().stream().anyMatch(Problem::isError)) {
        loaded.problems().forEach(p -> parent.console().err().println(Printable.text(p.location() + ": error: " + p.message())));
        return ExitCode.INPUT_ERROR;
      }
      usage = loaded.usage();
    }
    Plan chosen = choosePlan(usage);
    List<TierProjection.Tier> projected = project(model, usage, chosen);
    CostReport report = new CostReport(Version.current(), facts.version(), facts.asOf(), chosen.label(),
        usageFile == null ? Optional.empty() : Optional.of(model.estimate(usage, chosen)), projected,
        usageFile == null ? new PriceList(model).forProducts(boundProducts(), chosen) : List.of(), problems);
    write(report);
    return ExitCode.OK;
  }

  private Plan choosePlan(Usage usage) {
    return WorkloadOptions.parsePlan(Optional.ofNullable(plan).or(usage::plan).orElse("paid"));
  }

  private List<TierProjection.Tier> project(CostModel model, Usage usage, Plan chosen) {
    if (tiers == null) {
      return List.of();
    }
    if (usageFile == null) {
      throw new UsageException("--tiers scales a usage file: give --usage FILE (see usage.example.yml)");
    }
    try {
      return new TierProjection(model).project(usage, TierProjection.parseTiers(tiers), chosen);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--tiers: " + e.getMessage());
    }
  }

  private Set<String> boundProducts() {
    if (!Files.isDirectory(dir.directory)) {
      throw new UsageException(dir.directory + ": not a directory");
    }
    ProjectFacts facts = new ProjectLoader(Preload.wranglerSchema())
        .load(new ProjectLoader.Request(dir.directory, Optional.empty(), Optional.empty(), List.of()));
    Set<String> products = BoundProducts.of(facts);
    return products.isEmpty() ? Set.of("workers") : products;
  }

  private void write(CostReport report) throws IOException {
    CostRenderer renderer = switch (output.format) {
      case json -> new CostJsonRenderer();
      case md -> new CostMarkdownRenderer();
      default -> new CostTextRenderer();
    };
    output.write(parent.console(), w -> renderer.render(report, w));
  }
}
