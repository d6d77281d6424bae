package dev.cfscale.cli;

import dev.cfscale.rules.Rule;
import dev.cfscale.rules.catalog.Rules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code cfscale rules}: every rule id with its severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule id, severity and summary.")
public final class RulesCommand implements Callable<Integer> {

  @ParentCommand
  CfscaleCommand parent;

  @Override
  public Integer call() {
    int width = Rules.all().stream().mapToInt(r -> r.info().id().length()).max().orElse(0);
    for (Rule rule : Rules.all()) {
      String id = rule.info().id();
      parent.console().out().printf("%-" + width + "s  %-8s  %s%n", id, rule.info().severity().label(), rule.info().summary());
    }
    return ExitCode.OK;
  }
}
