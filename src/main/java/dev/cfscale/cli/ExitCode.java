package dev.cfscale.cli;

/** Process exit codes, as documented in the README. */
public final class ExitCode {
  /** No findings at or above --fail-on, no input errors. */
  public static final int OK = 0;
  /** Findings at or above --fail-on remain. */
  public static final int FINDINGS = 1;
  /** Usage error or unreadable input. */
  public static final int INPUT_ERROR = 2;
  /** A bug in cfscale. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
