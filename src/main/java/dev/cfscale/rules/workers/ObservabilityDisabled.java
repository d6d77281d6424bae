package dev.cfscale.rules.workers;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Figures;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import dev.cfscale.findings.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A deployable Worker with Workers Logs and traces off: at scale, the first incident is debugged
 * blind. Reported once per Worker (not per environment), at the block that turns it off or at
 * {@code main}; Pages, assets-only and dev-only configs are skipped.
 */
@RuleInfo(id = "workers/observability-disabled", severity = Severity.LOW,
    summary = "Deployable Worker has observability (Workers Logs / traces) off")
public final class ObservabilityDisabled implements Rule {

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> finding(w, ctx).stream());
  }

  private Optional<Finding> finding(WorkerConfig worker, RuleContext ctx) {
    // when a named environment turns observability on, the top level is usually the local/dev setup
    boolean namedEnvObserved = worker.environments().stream().anyMatch(e -> e.environment().isPresent()
        && e.observability().map(o -> o.collectsAnything()).orElse(false));
    List<WorkerEnvironment> blind = worker.environments().stream()
        .filter(e -> e.kind() == WorkerKind.WORKER && !e.otherTelemetry())
        .filter(e -> !(namedEnvObserved && e.environment().isEmpty()))
        .filter(e -> e.observability().map(o -> !o.collectsAnything()).orElse(true))
        .toList();
    if (blind.isEmpty()) {
      return Optional.empty();
    }
    WorkerEnvironment first = blind.get(0);
    Location at = blind.stream().flatMap(e -> e.observability().stream()).map(o -> o.location()).findFirst()
        .or(() -> first.main().or(first::compatibilityDate).map(m -> m.location())).orElse(first.location());
    List<String> envs = blind.stream().map(WorkerEnvironment::environmentLabel).toList();
    String included = Figures.number(ctx.platform().number("workersLogs.included.paid.logEventsPerMonth"));
    return Optional.of(FindingBuilder.of(this, first)
        .at(at)
        .message("Observability is off for " + String.join(", ", envs) + ": no Workers Logs or traces, so errors and"
            + " slow requests at scale cannot be investigated after the fact")
        .evidence("key", "observability")
        .evidence("value", first.observability().isPresent() ? "enabled = false" : "(not set)")
        .evidence("environments", String.join(", ", envs))
        .evidence("included log events", included + " per month on Paid (workersLogs.included.paid.logEventsPerMonth)")
        .fix("Add " + (first.jsonConfig() ? "\"observability\": { \"enabled\": true }" : "[observability] enabled = true")
            + ", with head_sampling_rate below 1 for high-traffic Workers to control log volume and cost.")
        .subject("observability")
        .build());
  }
}
