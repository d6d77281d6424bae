package dev.cfscale.rules;

import dev.cfscale.facts.usage.Usage;
import dev.cfscale.platform.PlatformFacts;
import java.time.LocalDate;

/**
 * What rules may consult beyond the project: the platform facts, today's date, and the usage file when
 * one was given (table sizes for D1 estimates).
 */
public record RuleContext(PlatformFacts platform, LocalDate today, Usage usage) {

  public RuleContext(PlatformFacts platform, LocalDate today) {
    this(platform, today, Usage.none());
  }
}
