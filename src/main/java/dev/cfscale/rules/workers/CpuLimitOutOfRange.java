package dev.cfscale.rules.workers;

import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.findings.Figures;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code limits.cpu_ms} above the Paid maximum is rejected at deploy. */
@RuleInfo(id = "workers/cpu-limit-out-of-range", severity = Severity.HIGH,
    summary = "limits.cpu_ms is above the maximum the platform accepts")
public final class CpuLimitOutOfRange implements EnvironmentRule {

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    long max = ctx.platform().whole("workers.limits.cpuMsPerInvocationPaidMax");
    return env.cpuLimit().flatMap(s -> finding(env, s, max)).stream();
  }

  private Optional<Finding> finding(WorkerEnvironment env, Setting limit, long max) {
    Optional<Long> value = limit.asLong();
    if (value.isEmpty() || value.get() <= max) {
      return Optional.empty();
    }
    return Optional.of(FindingBuilder.of(this, env)
        .at(limit.location())
        .message("limits.cpu_ms = " + Figures.count(value.get()) + " is above the maximum of " + Figures.count(max)
            + " ms: the deploy is rejected")
        .evidence("key", "limits.cpu_ms")
        .evidence("value", value.get())
        .evidence("maximum", max + " ms (workers.limits.cpuMsPerInvocationPaidMax)")
        .fix("Set limits.cpu_ms to at most " + Figures.count(max) + "; move longer work to a Queue consumer or Workflow.")
        .subject("limits.cpu_ms")
        .build());
  }
}
