package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.parse.DeepStack;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.rules.catalog.Rules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit runs the rules on several threads; a user must get exactly what one-after-the-other gives (same findings,
 * same order, same merged environments), and a rule that fails internally must cost only its own findings.
 */
class RuleEngineParallelTest {
  private final RuleContext context = new RuleContext(PlatformFacts.load(), LocalDate.of(2026, 12, 2), WorkloadExtractor.defaults());

  @Test
  void rulesRunInParallel_giveTheFindingsOfOneAfterTheOther() {
    ProjectFacts project = new ProjectLoader(WranglerSchema.load())
        .load(new ProjectLoader.Request(Path.of("examples/ai-platform"), Optional.empty(), Optional.empty(), List.of()));
    RuleEngine.Result inOrder = new RuleEngine(Rules.all()).run(project, context, Set.of());
    RuleEngine.Result parallel = new RuleEngine(Rules.all(), DeepStack::map).run(project, context, Set.of());
    assertThat(inOrder.findings()).hasSizeGreaterThan(10);
    assertThat(parallel.findings()).containsExactlyElementsOf(inOrder.findings());
    assertThat(parallel.ruleFailures()).isEqualTo(inOrder.ruleFailures());
  }

  @Test
  void aFailingRule_losesOnlyItsOwnFindings() {
    ProjectFacts project = new ProjectLoader(WranglerSchema.load())
        .load(new ProjectLoader.Request(Path.of("examples/ai-platform"), Optional.empty(), Optional.empty(), List.of()));
    Rule failing = new Rule() {
      @Override
      public java.util.stream.Stream<dev.cfscale.findings.Finding> check(ProjectFacts facts, RuleContext ctx) {
        throw new IllegalStateException("broken rule");
      }

      @Override
      public RuleInfo info() {
        return Rules.all().get(0).info();
      }
    };
    List<Rule> others = Rules.all().subList(1, Rules.all().size());
    List<Rule> withFailing = new java.util.ArrayList<>(others);
    withFailing.add(0, failing);
    RuleEngine.Result result = new RuleEngine(withFailing, DeepStack::map).run(project, context, Set.of());
    assertThat(result.findings()).containsExactlyElementsOf(new RuleEngine(others).run(project, context, Set.of()).findings());
    assertThat(result.ruleFailures()).singleElement().satisfies(p -> assertThat(p.message()).contains("broken rule"));
  }
}
