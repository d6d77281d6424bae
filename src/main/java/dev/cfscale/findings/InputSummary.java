package dev.cfscale.findings;

import java.util.Objects;

/**
 * What {@code audit} did with one input it found: a config it audited (as what, and how much of the
 * Worker's code it read) or skipped (and why), or a Worker without any config. Reports list these so
 * that nothing is left out silently.
 *
 * @param file the config (or entry file, for a Worker without config), relative to the scanned directory
 * @param audited false when the file was skipped
 * @param role what the file was audited as ({@code config}, {@code example config}, {@code environment staging}, ...)
 * @param reason why it was skipped, or why it was audited as this role; empty when obvious
 * @param worker the Worker name, empty when skipped
 * @param modules source modules read for the Worker (0 when none or skipped)
 * @param code how the code was found, or why none was read ({@code main src/index.ts}, {@code Python Worker: not analysed})
 */
public record InputSummary(String file, boolean audited, String role, String reason, String worker, int modules, String code) {

  public InputSummary {
    Objects.requireNonNull(file, "file");
    role = Objects.requireNonNullElse(role, "");
    reason = Objects.requireNonNullElse(reason, "");
    worker = Objects.requireNonNullElse(worker, "");
    code = Objects.requireNonNullElse(code, "");
  }

  /** A file discovery looked at and did not audit. */
  public static InputSummary skipped(String file, String role, String reason) {
    return new InputSummary(file, false, role, reason, "", 0, "");
  }
}
