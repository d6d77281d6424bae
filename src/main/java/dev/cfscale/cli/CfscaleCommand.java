package dev.cfscale.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code cfscale} command; its subcommands ({@link Subcommands}) do the work. */
@Command(name = "cfscale", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Finds what breaks or gets expensive when a Cloudflare Workers project scales.")
public final class CfscaleCommand implements Runnable {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--stacktrace", description = "Print stack traces for internal errors.", scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean stacktrace;

  public CfscaleCommand(Console console) {
    this.console = console;
  }

  Console console() {
    return console;
  }

  @Override
  public void run() {
    spec.commandLine().usage(console.out());
  }
}
