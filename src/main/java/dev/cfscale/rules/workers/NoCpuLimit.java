package dev.cfscale.rules.workers;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.findings.Figures;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A deployable Worker with no {@code limits.cpu_ms}: a runaway request (a regex, a loop over a huge
 * payload) may burn the whole default allowance, and every such request is billed. Advisory and
 * reported once per Worker; Pages, assets-only and dev-only configs are skipped.
 */
@RuleInfo(id = "workers/no-cpu-limit", severity = Severity.LOW,
    summary = "Deployable Worker sets no limits.cpu_ms ceiling")
public final class NoCpuLimit implements Rule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> finding(w, ctx).stream());
  }


  private Optional<Finding> finding(WorkerConfig worker, RuleContext ctx) {
    List<WorkerEnvironment> deployable = worker.environments().stream().filter(e -> e.kind() == WorkerKind.WORKER).toList();
    if (deployable.isEmpty() || deployable.stream().anyMatch(e -> e.cpuLimit().isPresent())) {
      return Optional.empty();
    }
    WorkerEnvironment first = deployable.get(0);
    long defaultMs = ctx.platform().whole("workers.limits.cpuMsPerInvocationPaidDefault");
    String price = Figures.usd(ctx.platform().number("workers.pricing.usdPerMillionCpuMs"));
    return Optional.of(FindingBuilder.of(this, first)
        .at(first.main().or(first::compatibilityDate).map(m -> m.location()).orElse(first.location()))
        .message("No limits.cpu_ms: a runaway request may use up to " + Figures.count(defaultMs) + " ms of CPU (the Paid"
            + " default) before it is stopped, billed at " + price + " per million CPU-ms")
        .evidence("key", "limits.cpu_ms")
        .evidence("value", "(not set)")
        .evidence("default", defaultMs + " ms (workers.limits.cpuMsPerInvocationPaidDefault)")
        .fix("Add " + (first.jsonConfig() ? "\"limits\": { \"cpu_ms\": 50 }" : "[limits] cpu_ms = 50")
            + " (a few times your p99 CPU time; read p99 from the Workers metrics first).")
        .subject("limits.cpu_ms")
        .build());
  }
}
