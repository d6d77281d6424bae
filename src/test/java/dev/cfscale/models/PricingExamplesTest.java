package dev.cfscale.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.facts.usage.Usage;
import dev.cfscale.analysis.usage.UsageExtractor;
import dev.cfscale.models.cost.CostEstimate;
import dev.cfscale.models.cost.CostLine;
import dev.cfscale.models.cost.CostModel;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.parse.usage.YamlTreeReader;
import dev.cfscale.platform.PlatformFacts;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example on Cloudflare's pricing pages, as a usage file whose {@code # expect:} comment
 * states the published line items and total; the model must reproduce them to the cent.
 * {@code # expect-gross:} lines check amounts before the included allowance, for examples published
 * that way (Vectorize's usage table).
 */
class PricingExamplesTest {
  private static final Path EXAMPLES = Path.of("src/test/resources/models/cost/examples");
  private static final CostModel MODEL = new CostModel(PlatformFacts.load());

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      return dirs.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void publishedExample_isReproducedToTheCent(Path example) throws Exception {
    String text = Files.readString(example.resolve("usage.yml"));
    UsageExtractor.Result result = new UsageExtractor("usage.yml").extract(new YamlTreeReader().read(text));
    assertThat(result.problems()).isEmpty();
    Usage usage = result.usage();
    CostEstimate estimate = MODEL.estimate(usage, Plan.PAID);
    int checked = 0;
    for (String line : text.lines().toList()) {
      if (line.startsWith("# expect:")) {
        checked += check(estimate, line.substring("# expect:".length()), CostLine::amount);
      } else if (line.startsWith("# expect-gross:")) {
        checked += check(estimate, line.substring("# expect-gross:".length()), CostLine::amountWithoutAllowance);
      }
    }
    assertThat(checked).as("expectations in %s", example).isPositive();
  }

  private static int check(CostEstimate estimate, String spec, Function<CostLine, BigDecimal> amount) {
    int n = 0;
    for (String part : spec.split(";")) {
      String[] sides = part.split("=");
      String what = sides[0].trim();
      BigDecimal expected = new BigDecimal(sides[1].trim());
      BigDecimal actual;
      if (what.startsWith("total ")) {
        Set<String> products = Set.of(what.substring("total ".length()).split(","));
        actual = estimate.lines().stream().filter(l -> products.contains(l.product())).map(amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
      } else {
        String[] pi = what.split("/", 2);
        List<CostLine> lines = estimate.lines().stream().filter(l -> l.product().equals(pi[0]) && l.item().equals(pi[1])).toList();
        assertThat(lines).as("line %s", what).hasSize(1);
        actual = amount.apply(lines.get(0));
      }
      assertThat(actual.setScale(2, RoundingMode.HALF_UP)).as(what).isEqualByComparingTo(expected);
      n++;
    }
    return n;
  }
}
