package dev.cfscale.models.guide;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.readiness.FileEvidence;
import dev.cfscale.facts.readiness.RepositorySignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The readiness signals the checklists need (rate limiting, monitoring, CI/CD, backup and recovery, an incident
 * runbook), each present or not with the evidence. This is the one place that computes them: today from the
 * config facts and {@link RepositorySignals}; when issue 12 adds them to the project facts, only this class
 * changes to read those.
 */
final class ReadinessSignals {
  /** Dependencies that limit request rates in code. */
  private static final Predicate<String> RATE_LIMITER = n -> n.toLowerCase(Locale.ROOT).replace("-", "").contains("ratelimit");
  /** Dependencies that send errors and traces to a monitoring service. */
  private static final List<String> MONITORING_PACKAGES = List.of("toucan-js", "@sentry/", "@baselime/", "@microlabs/otel-cf-workers",
      "@axiomhq/", "@logtail/", "@highlight-run/", "@opentelemetry/");

  private final ProjectFacts project;
  private final RepositorySignals repository;

  ReadinessSignals(ProjectFacts project, RepositorySignals repository) {
    this.project = project;
    this.repository = repository;
  }

  /** A signal: present or not, with what shows it (or, when absent, what was looked for). */
  record Signal(boolean present, List<String> evidence) {
    Signal {
      evidence = List.copyOf(evidence);
    }
  }

  /** A rate-limit binding, a Durable Object rate limiter, a limit counted in code, a Terraform rate-limiting rule or a library. */
  Signal rateLimiting() {
    List<String> evidence = new ArrayList<>();
    project.environments().forEach(e -> e.bindings(BindingType.RATE_LIMIT).forEach(b ->
        evidence.add("rate-limit binding " + b.name() + " at " + b.location().file() + ":" + b.location().line())));
    project.environments().forEach(e -> e.bindings(BindingType.DURABLE_OBJECT).forEach(b -> b.text("class_name").filter(RATE_LIMITER)
        .ifPresent(c -> evidence.add("Durable Object rate limiter " + c + " bound as " + b.name() + " at " + b.location().file() + ":"
            + b.location().line()))));
    codeLevelLimiters().forEach(evidence::add);
    repository.rateLimitRules().forEach(f -> evidence.add(f.toString()));
    repository.dependencies().stream().filter(d -> RATE_LIMITER.test(d.what())).forEach(d -> evidence.add("dependency " + d.what()
        + " in " + d.location().file()));
    return new Signal(!evidence.isEmpty(), distinct(evidence));
  }

  /**
   * Limits counted in code: a class or function named for rate limiting that reads or writes storage (a KV, Durable
   * Object or D1 counter), which is how projects limit without the binding.
   */
  private List<String> codeLevelLimiters() {
    java.util.Map<String, String> byOwner = new java.util.LinkedHashMap<>();
    for (WorkerConfig w : project.workers()) {
      for (OperationSite op : w.code().operations()) {
        String owner = op.enclosingClass().filter(RATE_LIMITER).orElse(RATE_LIMITER.test(op.function()) ? op.function() : "");
        if (!owner.isEmpty() && op.bindingType().isPresent()) {
          byOwner.putIfAbsent(owner, "code-level limit " + owner + " (" + op.bindingType().get().displayName() + ") at " + op.file() + ":"
              + op.location().line());
        }
      }
    }
    return List.copyOf(byOwner.values());
  }

  /** Workers Logs or traces, Logpush or tail consumers, an Analytics Engine dataset, or an error tracker, for every deployed Worker. */
  Signal monitoring() {
    List<String> evidence = new ArrayList<>();
    List<String> blind = new ArrayList<>();
    List<String> trackers = repository.dependencies().stream().filter(d -> MONITORING_PACKAGES.stream().anyMatch(p -> d.what().startsWith(p)))
        .map(d -> "dependency " + d.what() + " in " + d.location().file()).distinct().toList();
    for (WorkerConfig w : project.workers()) {
      if (w.environments().isEmpty() || w.environments().get(0).main().isEmpty()) {
        continue;
      }
      List<String> shown = monitored(w);
      evidence.addAll(shown);
      if (shown.isEmpty() && trackers.isEmpty()) {
        blind.add(w.topLevelName() + " (" + w.file() + ")");
      }
    }
    evidence.addAll(trackers);
    if (!blind.isEmpty()) {
      return new Signal(false, List.of("no logs, traces, Logpush, tail consumer or Analytics Engine for " + String.join(", ", blind)));
    }
    return new Signal(!evidence.isEmpty(), distinct(evidence));
  }

  private static List<String> monitored(WorkerConfig w) {
    List<String> out = new ArrayList<>();
    for (WorkerEnvironment e : w.environments()) {
      e.observability().filter(o -> o.collectsAnything())
          .ifPresent(o -> out.add(w.topLevelName() + ": observability at " + o.location().file() + ":" + o.location().line()));
      if (e.otherTelemetry()) {
        out.add(w.topLevelName() + ": Logpush or tail consumers in " + w.file());
      }
      e.bindings(BindingType.ANALYTICS_ENGINE).forEach(b -> out.add(w.topLevelName() + ": Analytics Engine dataset " + b.name()));
    }
    return out;
  }

  /** A CI workflow that deploys with wrangler (the environments it deploys are in the evidence). */
  Signal ciCd() {
    return new Signal(!repository.ciDeploys().isEmpty(), repository.ciDeploys().stream().map(FileEvidence::toString).distinct().toList());
  }

  /** Environments named in the CI deploys ({@code --env production}, or a wrangler-action environment). */
  List<String> ciEnvironments() {
    return repository.ciDeploys().stream().map(FileEvidence::what).filter(w -> w.contains("--env "))
        .map(w -> w.substring(w.indexOf("--env ") + "--env ".length())).distinct().toList();
  }

  /** A script, workflow or document that exports or restores a D1 database. */
  Signal backup() {
    return new Signal(!repository.backupCommands().isEmpty(),
        repository.backupCommands().stream().map(FileEvidence::toString).distinct().toList());
  }

  /** A script, workflow or document that copies R2 buckets elsewhere or says how they are replicated. */
  Signal bucketCopies() {
    return new Signal(!repository.bucketCopies().isEmpty(),
        repository.bucketCopies().stream().map(FileEvidence::toString).distinct().toList());
  }

  /** An incident runbook or playbook in the repository. */
  Signal runbook() {
    return new Signal(!repository.runbooks().isEmpty(), repository.runbooks().stream().map(f -> f.location().file()).distinct().toList());
  }

  /** WAF rules kept as Terraform. */
  List<String> wafRules() {
    return repository.wafRules().stream().map(FileEvidence::toString).distinct().toList();
  }

  /** Load tests in the repository. */
  List<String> loadTests() {
    return repository.loadTests().stream().map(FileEvidence::toString).distinct().toList();
  }

  private static List<String> distinct(List<String> items) {
    return items.stream().distinct().toList();
  }
}
