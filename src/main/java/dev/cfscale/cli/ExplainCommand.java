package dev.cfscale.cli;

import java.util.List;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleDocs;
import dev.cfscale.rules.catalog.Rules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale explain RULE}: what the rule checks, why it matters at scale, how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain a rule: what, why, fix, example.")
public final class ExplainCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, e.g. queues/no-dead-letter-queue (see `cfscale rules`).")
  String ruleId;

  private java.util.Optional<String> closest() {
    List<String> close = Suggestions.closest(ruleId, Rules.all().stream().map(r -> r.info().id()).toList());
    return close.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" or ", close));
  }

  @Override
  public Integer call() {
    Rule rule = Rules.byId(ruleId).orElseThrow(() -> new UsageException("unknown rule \"" + ruleId + "\""
        + closest().map(c -> "; did you mean " + c + "?").orElse("") + " (`cfscale rules` lists them)"));
    PlatformFacts facts = PlatformFacts.load();
    Console console = parent.console();
    console.out().println(rule.info().id() + " (" + rule.info().severity().label() + "): " + rule.info().summary());
    console.out().println();
    console.out().print(new RuleDocs(facts).markdown(rule));
    console.out().println();
    console.out().println("Figures from Cloudflare facts " + facts.version() + " (as of " + facts.asOf() + ").");
    return ExitCode.OK;
  }
}
