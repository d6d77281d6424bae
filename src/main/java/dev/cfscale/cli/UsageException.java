package dev.cfscale.cli;

/** Bad command-line input or an unusable input file; printed as one line, exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
