package dev.cfscale;

import dev.cfscale.cli.Console;
import dev.cfscale.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and captures what a user would see. */
public record CliRun(int exitCode, String out, String err) {

  /** The fixed date tests run at, so date-based rules are reproducible. */
  public static final String TODAY = "2026-11-22";

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new Console(new PrintWriter(out, true), new PrintWriter(err, true), false), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** {@code cfscale audit ARGS --today TODAY}. */
  public static CliRun audit(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "audit";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--today";
    all[args.length + 2] = TODAY;
    return of(all);
  }

  public String all() {
    return out + err;
  }
}
