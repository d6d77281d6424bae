package dev.cfscale.models.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.RouteProfile;
import dev.cfscale.models.tiers.TierCost;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.usage.YamlTreeReader;
import dev.cfscale.platform.PlatformFacts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small fixture projects under {@code src/test/resources/models/plan/}, one per limit, each with an
 * {@code expected.txt} of hand-computed figures (the arithmetic is in its comments):
 * <pre>
 * plan: free                                   (default paid)
 * profile: ENTRY | METER | expected per invocation
 * invocations: ENTRY | invocations per project request
 * limit: NAME | RESOURCE (part of) | breaking peak req/s, or FAILS / passes
 * day: NAME | breaking requests per day
 * first: NAME [| RESOURCE (part of)]
 * cost: REQUESTS PER DAY | PRODUCT | monthly USD
 * </pre>
 */
class PlanFixturesTest {
  private static final Path ROOT = Path.of("src/test/resources/models/plan");
  private static final PlatformFacts FACTS = PlatformFacts.load();

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.exists(d.resolve("expected.txt"))).sorted().toList().stream();
    }
  }

  /** The plan of a fixture at the tiers its expectations name (and 10K), with its workload.yml if any. */
  static PlanResult plan(Path dir, Plan plan, List<Long> tiers) throws Exception {
    Workload workload = WorkloadExtractor.defaults();
    if (Files.exists(dir.resolve("workload.yml"))) {
      var loaded = WorkloadExtractor.extract("workload.yml", new YamlTreeReader().read(Files.readString(dir.resolve("workload.yml"))));
      assertThat(loaded.problems()).isEmpty();
      workload = loaded.workload();
    }
    ProjectFacts project = new ProjectLoader(WranglerSchema.load())
        .load(new ProjectLoader.Request(dir, Optional.empty(), Optional.empty(), List.of()));
    return new Planner(FACTS, workload, plan).plan(project, tiers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixture_matchesHandComputedFigures(Path dir) throws Exception {
    List<String[]> expectations = new ArrayList<>();
    Plan plan = Plan.PAID;
    List<Long> tiers = new ArrayList<>(List.of(10_000L));
    for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String kind = line.substring(0, line.indexOf(':'));
      String[] parts = line.substring(line.indexOf(':') + 1).split("\\|");
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].trim();
      }
      if (kind.equals("plan")) {
        plan = Plan.parse(parts[0]);
      } else {
        if (kind.equals("cost")) {
          tiers.add(Long.parseLong(parts[0]));
        }
        expectations.add(concat(kind, parts));
      }
    }
    PlanResult result = plan(dir, plan, tiers);
    for (String[] e : expectations) {
      check(result, e);
    }
  }

  private static void check(PlanResult result, String[] e) {
    switch (e[0]) {
      case "profile" -> assertThat(route(result, e[1]).perInvocation(meter(e[2]))).as("%s %s", e[1], e[2])
          .isEqualByComparingTo(e[3]);
      case "invocations" -> assertThat(route(result, e[1]).perProjectRequest()).as("invocations of %s", e[1]).isEqualByComparingTo(e[2]);
      case "limit" -> {
        CapacityLimit l = limit(result, e[1], e[2]);
        if (e[3].equals("FAILS") || e[3].equals("passes")) {
          assertThat(l.passes()).as(l.toString()).isEqualTo(e[3].equals("passes"));
        } else {
          assertThat(l.breaksAtPeakRps()).as(l.toString()).hasValueSatisfying(v -> close(v, e[3]));
        }
      }
      case "day" -> assertThat(limit(result, e[1], "").breaksAtRequestsPerDay()).hasValueSatisfying(v -> close(v, e[2]));
      case "first" -> assertThat(result.capacity().first()).as(result.capacity().headline())
          .hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo(e[1]);
            assertThat(l.resource()).contains(e.length > 2 ? e[2] : "");
          });
      case "cost" -> {
        TierCost tier = result.tiers().stream().filter(t -> t.requestsPerDay() == Long.parseLong(e[1])).findFirst().orElseThrow();
        assertThat(tier.estimate().totalsByProduct().get(e[2])).as("%s at %s", e[2], e[1]).isNotNull()
            .satisfies(v -> assertThat(v.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(e[3]));
      }
      default -> throw new IllegalArgumentException("unknown expectation " + e[0]);
    }
  }

  private static void close(BigDecimal actual, String expected) {
    BigDecimal want = new BigDecimal(expected);
    assertThat(actual.subtract(want).abs()).as("%s vs %s", actual, expected).isLessThanOrEqualTo(want.abs().movePointLeft(6).max(new BigDecimal("1e-9")));
  }

  private static RouteProfile route(PlanResult result, String entry) {
    return result.profile().routes().stream().filter(r -> r.entry().equals(entry)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + entry + " in " + result.profile().routes().stream().map(RouteProfile::entry).toList()));
  }

  private static CapacityLimit limit(PlanResult result, String name, String resource) {
    return result.capacity().limits().stream().filter(l -> l.name().equals(name) && l.resource().contains(resource)).findFirst()
        .orElseThrow(() -> new AssertionError("no limit " + name + " on " + resource + " in "
            + result.capacity().limits().stream().map(l -> l.name() + " / " + l.resource()).toList()));
  }

  private static LoadMeter meter(String id) {
    return Stream.of(LoadMeter.values()).filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static String[] concat(String head, String[] tail) {
    String[] out = new String[tail.length + 1];
    out[0] = head;
    System.arraycopy(tail, 0, out, 1, tail.length);
    return out;
  }
}
