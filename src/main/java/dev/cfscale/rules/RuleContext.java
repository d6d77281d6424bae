package dev.cfscale.rules;

import dev.cfscale.facts.usage.Usage;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.platform.PlatformFacts;
import java.time.LocalDate;

/**
 * What rules may consult beyond the project: the platform facts, today's date, the usage file when one
 * was given (table sizes for D1 estimates), and the bundled assumptions ({@code workload/defaults.yml},
 * the one home of every default such as the table size a D1 estimate assumes).
 */
public record RuleContext(PlatformFacts platform, LocalDate today, Usage usage, Workload assumptions) {

  /** A context without a usage file. */
  public RuleContext(PlatformFacts platform, LocalDate today, Workload assumptions) {
    this(platform, today, Usage.none(), assumptions);
  }
}
