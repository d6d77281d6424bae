package dev.cfscale.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code cfscale}, in the order {@code --help} lists them. picocli builds the model of each
 * command it is given by reflection (options, parameters, help), and its classes cannot be archived for class-data
 * sharing (compiled for Java 5), so a run gives it only the subcommand it runs; a run that names none (help, an
 * unknown command) gets them all, for the listing and the suggestions.
 */
final class Subcommands {
  private static final List<Class<?>> ALL = List.of(AuditCommand.class, CostCommand.class, PlanCommand.class, ReportCommand.class,
      FixCommand.class, InspectCommand.class, ExplainCommand.class, RulesCommand.class, BenchCommand.class);

  private Subcommands() {}

  /** Adds to {@code root} the subcommand {@code args} run (the first argument not an option), or every one. */
  static void register(CommandLine root, String... args) {
    String named = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    List<Class<?>> chosen = ALL.stream().filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
    for (Class<?> command : chosen.isEmpty() ? ALL : chosen) {
      root.addSubcommand(command);
    }
  }
}
