package dev.cfscale.rules.workers;

import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A compatibility date years in the past pins the runtime to old behaviour (and keeps newer APIs
 * and fixes off). Three years is a review threshold of this tool, not a platform limit.
 */
@RuleInfo(id = "workers/old-compatibility-date", severity = Severity.NOTE,
    summary = "compatibility_date is more than three years old")
public final class OldCompatibilityDate implements EnvironmentRule {
  private static final long MAX_AGE_YEARS = 3;

  @Override
  public boolean appliesTo(WorkerKind kind) {
    return kind != WorkerKind.DEV_ONLY;
  }

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.compatibilityDate().flatMap(s -> finding(env, s, ctx.today())).stream();
  }

  private Optional<Finding> finding(WorkerEnvironment env, Setting date, LocalDate today) {
    Optional<LocalDate> parsed = date.asText().flatMap(OldCompatibilityDate::parse);
    if (parsed.isEmpty() || !parsed.get().isBefore(today.minusYears(MAX_AGE_YEARS))) {
      return Optional.empty();
    }
    long years = ChronoUnit.YEARS.between(parsed.get(), today);
    return Optional.of(FindingBuilder.of(this, env)
        .at(date.location())
        .message("compatibility_date = \"" + parsed.get() + "\" is " + years + " years old: the Worker runs with the"
            + " runtime behaviour of that date and misses the fixes and APIs released since")
        .evidence("key", "compatibility_date")
        .evidence("value", parsed.get())
        .evidence("age", years + " years (threshold " + MAX_AGE_YEARS + ")")
        .fix("Read the compatibility-flags changelog since " + parsed.get() + ", move the date forward, and run your tests.")
        .subject("compatibility_date")
        .build());
  }

  private static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
