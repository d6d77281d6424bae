package dev.cfscale.cli;

import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.findings.Problem;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.render.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options the commands that model traffic ({@code plan}, {@code report}) share: the workload file and the plan. */
final class WorkloadOptions {

  @Option(names = {"-w", "--workload"}, paramLabel = "FILE", description = "Workload file (YAML); see workload.example.yml.")
  Path workloadFile;

  @Option(names = "--plan", paramLabel = "PLAN", description = "free or paid (default: ${DEFAULT-VALUE}).")
  String plan = "paid";

  /** The user's workload file, or the bundled defaults; empty after printing the file's errors to {@code err}. */
  Optional<Workload> workload(PrintWriter err) {
    if (workloadFile == null) {
      return Optional.of(WorkloadExtractor.defaults());
    }
    WorkloadExtractor.Result loaded = WorkloadFileLoader.load(workloadFile);
    if (loaded.problems().stream().anyMatch(Problem::isError)) {
      loaded.problems().forEach(p -> err.println(Printable.text(p.location() + ": error: " + p.message())));
      return Optional.empty();
    }
    return Optional.of(loaded.workload());
  }

  /** What the report says the workload came from. */
  String workloadName() {
    return workloadFile == null ? "default (workload.example.yml)" : workloadFile.toString();
  }

  Plan plan() {
    return parsePlan(plan);
  }

  /** {@code --plan}'s value as a plan; a usage error naming the option otherwise. */
  static Plan parsePlan(String value) {
    try {
      return Plan.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--plan: " + e.getMessage());
    }
  }
}
