package dev.cfscale.platform;

import dev.cfscale.analysis.workload.WorkloadExtractor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.analysis.usage.UsageExtractor;
import dev.cfscale.facts.usage.UsageKeys;
import dev.cfscale.models.cost.CostModel;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.cost.PriceList;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.usage.YamlTreeReader;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleDocs;
import dev.cfscale.rules.RuleEngine;
import dev.cfscale.rules.catalog.Rules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fact in the data file is either read by some rule or model, or marked {@code "unused"} with a
 * reason; and no fact marked unused is in fact read. Exercises every rule on every fixture, every rule
 * text, and the cost model on the full example usage on both plans.
 */
class FactsCoverageTest {
  private static final String MODEL_TABLE = "workersAi.pricing.models.";

  @Test
  void everyFact_isUsedOrMarkedUnused() throws Exception {
    PlatformFacts facts = PlatformFacts.load();
    RuleDocs docs = new RuleDocs(facts);
    Rules.all().forEach(docs::markdown);
    ProjectLoader loader = new ProjectLoader(WranglerSchema.load());
    RuleEngine engine = new RuleEngine(Rules.all());
    try (Stream<Path> dirs = Files.walk(Path.of("src/test/resources/rules"))) {
      for (Path dir : dirs.filter(d -> d.endsWith("fires") || d.endsWith("quiet")).toList()) {
        ProjectFacts project = loader.load(new ProjectLoader.Request(dir, Optional.empty(), Optional.empty(), List.of()));
        engine.run(project, new RuleContext(facts, LocalDate.of(2026, 11, 22), WorkloadExtractor.defaults()), Set.of());
      }
    }
    CostModel cost = new CostModel(facts);
    var usage = new UsageExtractor("usage.example.yml").extract(new YamlTreeReader().read(Files.readString(Path.of("usage.example.yml")))).usage();
    for (Plan plan : Plan.values()) {
      cost.estimate(usage, plan);
      cost.estimate(usage.scaled(java.math.BigDecimal.valueOf(1000)), plan);
      new PriceList(cost).forProducts(UsageKeys.products(), plan);
    }

    // the plan (profile, cost per tier, capacity, caching what-if) on every plan fixture and the example, on both plans
    var workload = dev.cfscale.analysis.workload.WorkloadExtractor.defaults();
    try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/models/plan"))) {
      List<Path> projects = new java.util.ArrayList<>(dirs.filter(Files::isDirectory).toList());
      projects.add(Path.of("examples/ai-platform"));
      for (Path dir : projects) {
        ProjectFacts project = loader.load(new ProjectLoader.Request(dir, Optional.empty(), Optional.empty(), List.of()));
        for (Plan plan : Plan.values()) {
          new dev.cfscale.models.plan.Planner(facts, workload, plan).plan(project, List.of(10_000L, 10_000_000L));
        }
      }
    }
    // the scaling guide of the example (decision matrix, checklists, roadmap, metrics to watch), on both plans
    ProjectFacts example = loader.load(new ProjectLoader.Request(Path.of("examples/ai-platform"), Optional.empty(), Optional.empty(), List.of()));
    for (Plan plan : Plan.values()) {
      var result = new dev.cfscale.models.plan.Planner(facts, workload, plan).plan(example, List.of(10_000L, 10_000_000L));
      new dev.cfscale.models.guide.GuideBuilder(facts).build(new dev.cfscale.models.guide.GuideInputs("ai-platform", example, List.of(),
          List.of(), result, plan, result.tiers(), dev.cfscale.facts.readiness.RepositorySignals.NONE, java.util.Map.of()));
    }
    Set<String> read = facts.readKeys();
    Set<String> markedUnused = facts.all().values().stream().filter(Fact::markedUnused).map(Fact::key).collect(Collectors.toSet());
    Set<String> neither = new TreeSet<>(facts.all().keySet());
    neither.removeAll(read);
    neither.removeAll(markedUnused);
    // per-model prices are a lookup table: code reads the rows of the models a project calls
    if (read.stream().anyMatch(k -> k.startsWith(MODEL_TABLE))) {
      neither.removeIf(k -> k.startsWith(MODEL_TABLE));
    }
    assertThat(neither).as("facts neither read by code nor marked unused").isEmpty();
    Set<String> wronglyMarked = new TreeSet<>(markedUnused);
    wronglyMarked.retainAll(read);
    assertThat(wronglyMarked).as("facts marked unused but read by code").isEmpty();
  }

  @Test
  void everyFact_hasSourceAndDate() {
    for (Fact f : PlatformFacts.load().all().values()) {
      assertThat(f.source()).as(f.key()).startsWith("https://");
      assertThat(f.lastUpdated()).as(f.key()).isNotBlank();
    }
  }

  @Test
  void ruleImplementations_holdNoPriceOrLimitLiterals() throws Exception {
    // rules and models read numbers from the facts file; the only numeric literals allowed are small
    // structural ones (indices, 0/1/2, scale factors) and documented review thresholds
    java.util.regex.Pattern bigNumber = java.util.regex.Pattern.compile("(?<![\\w.])(\\d{3,}|\\d+\\.\\d+)(?![\\w.])");
    Set<String> allowed = Set.of("1000", "100_000", "1_000_000", "100_000_000");
    try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java/dev/cfscale/rules")),
        Files.walk(Path.of("src/main/java/dev/cfscale/models")))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          String code = line.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("//.*", "").trim();
          if (code.startsWith("*") || code.startsWith("/**")) {
            continue;
          }
          var m = bigNumber.matcher(code.replace("1_000_000", "").replace("100_000_000", "").replace("100_000", "")
              .replace("BigDecimal.valueOf(1000)", ""));
          assertThat(m.find()).as("%s: %s", file.getFileName(), line.trim()).isFalse();
        }
      }
    }
    assertThat(allowed).isNotEmpty();
  }
}
