package dev.cfscale.cli;

import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleEngine;
import dev.cfscale.rules.catalog.Rules;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cfscale bench}: generates a monorepo of N Workers in a temporary folder and measures
 * discovery + parsing + model building, and the rules, over warm iterations. Prints figures only.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure audit speed on a generated monorepo.")
public final class BenchCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Option(names = "--workers", description = "Workers in the generated monorepo (default: ${DEFAULT-VALUE}).")
  int workers = 500;

  @Option(names = "--iterations", description = "Timed iterations after warm-up (default: ${DEFAULT-VALUE}).")
  int iterations = 10;

  @Option(names = "--warmup", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
  int warmup = 5;

  @Option(names = "--code-lines", description = "Lines of generated TypeScript for the code-analysis benchmark (default: ${DEFAULT-VALUE}; 0 skips it).")
  long codeLines = 200_000;

  @Option(names = "--project", paramLabel = "DIR", description = "Time the audit of this project folder instead (first run, then --iterations warm runs).")
  Optional<Path> project = Optional.empty();

  @Override
  public Integer call() throws IOException {
    if (project.isPresent()) {
      if (!Files.isDirectory(project.get())) {
        throw new UsageException(project.get() + ": not a directory");
      }
      parent.console().out().println(ProjectBench.run(project.get(), iterations));
      return ExitCode.OK;
    }
    Path root = Files.createTempDirectory("cfscale-bench");
    try {
      long lines = BenchProject.generate(root, workers);
      ProjectLoader loader = new ProjectLoader(WranglerSchema.load(), false);
      RuleEngine engine = new RuleEngine(Rules.all());
      RuleContext context = new RuleContext(PlatformFacts.load(), LocalDate.now(), WorkloadExtractor.defaults());
      ProjectLoader.Request request = new ProjectLoader.Request(root, Optional.empty(), Optional.empty(), List.of());
      for (int i = 0; i < warmup; i++) {
        engine.run(loader.load(request), context, Set.of());
      }
      long loadNanos = 0;
      long ruleNanos = 0;
      int findings = 0;
      for (int i = 0; i < iterations; i++) {
        long t0 = System.nanoTime();
        ProjectFacts facts = loader.load(request);
        long t1 = System.nanoTime();
        findings = engine.run(facts, context, Set.of()).findings().size();
        ruleNanos += System.nanoTime() - t1;
        loadNanos += t1 - t0;
      }
      print(lines, loadNanos / iterations, ruleNanos / iterations, findings);
      parent.console().out().println(CostBench.run());
      parent.console().out().println(D1Bench.run(Files.createDirectories(root.resolve("d1"))));
      parent.console().out().println(PlanBench.run(Files.createDirectories(root.resolve("plan"))));
      if (codeLines > 0) {
        parent.console().out().println(CodeBench.run(Files.createDirectories(root.resolve("code")), codeLines, 3));
      }
    } finally {
      deleteTree(root);
    }
    return ExitCode.OK;
  }

  private void print(long lines, long loadNanos, long ruleNanos, int findings) {
    var out = parent.console().out();
    double loadMs = loadNanos / 1e6;
    out.printf(Locale.ROOT, "workers: %d (config lines: %d), warm-up %d, timed %d%n", workers, lines, warmup, iterations);
    out.printf(Locale.ROOT, "discover + parse + model: %.1f ms per run (%.0f configs/s, %.0f lines/s)%n",
        loadMs, workers / (loadMs / 1000), lines / (loadMs / 1000));
    out.printf(Locale.ROOT, "rules: %.1f ms per run (%d findings)%n", ruleNanos / 1e6, findings);
    long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    out.printf(Locale.ROOT, "peak heap (sum of pool peaks): %.1f MB%n", peakHeap / 1e6);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
