package dev.cfscale.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point. The only place that catches broad exceptions and maps them to exit codes:
 * 2 for usage and input errors (one line, no stack trace), 3 for bugs (trace only with --stacktrace).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    NativeStderr.silence();
    OutOfMemoryNotice outOfMemory = OutOfMemoryNotice.forThisJvm();
    HeapThrashWatch.start(outOfMemory);
    Preload.start(args);
    // a failure on a background thread is one line too (the run's own threads report through run()); an out-of-memory
    // error is said once, whichever thread meets it first
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (!(e instanceof OutOfMemoryError)) {
        System.err.println("cfscale: error: internal error in " + thread.getName() + ": " + e);
      } else if (outOfMemory.first()) {
        System.err.println("cfscale: error: " + outOfMemory.sentence());
      }
    });
    int code;
    try {
      code = run(Console.system(), outOfMemory, args);
    } catch (OutOfMemoryError e) {
      // before run() could report it (a heap too small even to build the command line)
      if (outOfMemory.first()) {
        System.err.println("cfscale: error: " + outOfMemory.sentence());
      }
      code = ExitCode.INTERNAL_ERROR;
    }
    System.exit(code);
  }

  /** Runs the command line and returns the exit code (tests call this directly). */
  public static int run(Console console, String... args) {
    return run(console, OutOfMemoryNotice.forThisJvm(), args);
  }

  /** As {@link #run(Console, String...)}, saying an out-of-memory error only when no other thread of the run has. */
  static int run(Console console, OutOfMemoryNotice outOfMemory, String... args) {
    boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
    CommandLine cli = new CommandLine(new CfscaleCommand(console));
    Subcommands.register(cli, args);
    cli.setOut(console.out());
    cli.setErr(console.err());
    cli.setParameterExceptionHandler((e, a) -> {
      console.error(e.getMessage());
      if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
        suggestion(unmatched).ifPresent(s -> console.err().println("Did you mean " + s + "?"));
      }
      console.err().println("Run 'cfscale " + subcommandName(e.getCommandLine()) + "--help' for usage.");
      return ExitCode.INPUT_ERROR;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UsageException) {
        console.error(e.getMessage());
        return ExitCode.INPUT_ERROR;
      }
      java.util.Optional<String> fileProblem = FileErrors.sentence(e);
      if (fileProblem.isPresent()) {
        console.error(fileProblem.get());
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
    } catch (OutOfMemoryError e) {
      if (outOfMemory.first()) {
        console.error(outOfMemory.sentence());
      }
      code = ExitCode.INTERNAL_ERROR;
    } catch (Exception | StackOverflowError e) {
      console.error("internal error: " + e + (stacktrace ? "" : " (run with --stacktrace for details)"));
      if (stacktrace) {
        e.printStackTrace(console.err());
      }
      code = ExitCode.INTERNAL_ERROR;
    }
    console.out().flush();
    console.err().flush();
    return code;
  }

  /** The options (or commands) close to what was mistyped: picocli's own suggestions, else ours by edit distance. */
  private static java.util.Optional<String> suggestion(CommandLine.UnmatchedArgumentException e) {
    List<String> close = e.getSuggestions().isEmpty() ? e.getUnmatched().stream().filter(a -> a.startsWith("-"))
        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
        .flatMap(a -> Suggestions.closest(a, e.getCommandLine().getCommandSpec().optionsMap().keySet()).stream())
        .distinct().limit(3).toList() : e.getSuggestions().stream().limit(3).toList();
    return close.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" or ", close));
  }

  private static String subcommandName(CommandLine cl) {
    return cl.getParent() == null ? "" : cl.getCommandName() + " ";
  }
}
