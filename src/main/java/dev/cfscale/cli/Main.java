package dev.cfscale.cli;

import java.util.Arrays;
import picocli.CommandLine;

/**
 * Entry point. The only place that catches broad exceptions and maps them to exit codes:
 * 2 for usage and input errors (one line, no stack trace), 3 for bugs (trace only with --stacktrace).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(Console.system(), args));
  }

  /** Runs the command line and returns the exit code (tests call this directly). */
  public static int run(Console console, String... args) {
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cli = new CommandLine(new CfscaleCommand(console));
    Subcommands.register(cli, args);
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setParameterExceptionHandler((e, a) -> {
      console.error(e.getMessage());
      console.err().println("Run 'cfscale " + subcommandName(e.getCommandLine()) + "--help' for usage.");
      return ExitCode.INPUT_ERROR;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UsageException) {
        console.error(e.getMessage());
        return ExitCode.INPUT_ERROR;
      }
      console.error("internal error: " + e + (stacktrace ? "" : " (run with --stacktrace for details)"));
      if (stacktrace) {
        e.printStackTrace(console.err());
      }
      return ExitCode.INTERNAL_ERROR;
    });
    int code;
    try {
      // deep but valid code needs a large stack, for the native parser and the Java walkers alike
      code = dev.cfscale.parse.DeepStack.call(() -> cli.execute(args));
    } catch (Exception e) {
      console.error("internal error: " + e + (stacktrace ? "" : " (run with --stacktrace for details)"));
      code = ExitCode.INTERNAL_ERROR;
    }
    console.out().flush();
    console.err().flush();
    return code;
  }

  private static String subcommandName(CommandLine cl) {
    return cl.getParent() == null ? "" : cl.getCommandName() + " ";
  }
}
