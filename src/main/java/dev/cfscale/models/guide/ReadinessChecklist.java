package dev.cfscale.models.guide;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.models.capacity.CapacityLimit;
import dev.cfscale.models.capacity.Numbers;
import dev.cfscale.models.cost.Plan;
import dev.cfscale.models.profile.LoadMeter;
import dev.cfscale.models.profile.RouteProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Section 6: the seed's ten production-readiness items as deterministic checks. A Workers-only project has no
 * servers to SSH into and no origin pools to balance; the others pass or fail on what the config, the code, the
 * findings and the repository show.
 */
final class ReadinessChecklist {
  private final GuideInputs in;
  private final ReadinessSignals signals;
  private final FactText text;

  ReadinessChecklist(GuideInputs in, ReadinessSignals signals, FactText text) {
    this.in = in;
    this.signals = signals;
    this.text = text;
  }

  List<Check> checks() {
    return List.of(ssh(), loadBalancing(), rateLimiting(), durableObjects(), monitoring(), ciCd(), backup(), security(), benchmarks(),
        incidentResponse());
  }

  private boolean binds(BindingType... types) {
    return in.project().environments().anyMatch(e -> e.bindings().stream().anyMatch(b -> List.of(types).contains(b.type())));
  }

  private Optional<String> origins() {
    List<String> names = new ArrayList<>();
    in.project().environments().forEach(e -> e.bindings().stream()
        .filter(b -> b.type() == BindingType.HYPERDRIVE || b.type() == BindingType.VPC_SERVICE || b.type() == BindingType.VPC_NETWORK)
        .forEach(b -> names.add(b.type().displayName() + " " + b.name())));
    return names.isEmpty() ? Optional.empty() : Optional.of(names.stream().distinct().collect(Collectors.joining(", ")));
  }

  private Check ssh() {
    String title = "SSH access configured with short-lived certificates";
    return Check.notApplicable(title, origins().map(o -> "the servers behind " + o + " are outside this repository; protect their SSH "
        + "with Cloudflare Access for Infrastructure").orElse("a Workers-only project has no servers to SSH into"));
  }

  private Check loadBalancing() {
    String title = "Load balancing pools created across regions";
    return Check.notApplicable(title, origins().map(o -> "the origins behind " + o + " are outside this repository")
        .orElse("Workers run in every Cloudflare location; there is no origin pool to balance"));
  }

  private Check rateLimiting() {
    String title = "Rate limiting policies implemented";
    if (!servesRequests()) {
      return Check.notApplicable(title, "no Worker serves HTTP requests");
    }
    ReadinessSignals.Signal s = signals.rateLimiting();
    if (s.present()) {
      return Check.passed(title, "requests are limited before they reach expensive work", s.evidence());
    }
    String expensive = expensiveRoutes();
    return Check.failed(title, "no rate-limit binding, Terraform rate-limiting rule, rate-limiting library or limit counted in code"
        + (expensive.isEmpty() ? "" : "; anyone can call " + expensive), List.of());
  }

  /** Front-door routes that call Workers AI (the spend an attacker can cause), by name. */
  private String expensiveRoutes() {
    return in.plan().profile().routes().stream().filter(RouteProfile::isFrontDoor)
        .filter(r -> r.perInvocation(LoadMeter.AI_CALLS).signum() > 0).map(RouteProfile::entry).distinct()
        .collect(Collectors.joining(", "));
  }

  boolean servesRequests() {
    return in.project().workers().stream().anyMatch(w -> w.code().entryPoints().stream().anyMatch(e -> e.kind().isRequestPath()))
        || in.plan().profile().routes().stream().anyMatch(RouteProfile::isFrontDoor);
  }

  Check durableObjects() {
    String title = "Durable Objects for stateful features";
    List<Finding> shared = findings("durable-objects/singleton-on-hot-path", "kv/constant-key-write", "r2/constant-key-write");
    if (!shared.isEmpty()) {
      return Check.failed(title, "shared state goes through one object or one key: " + shared.get(0).message(), locations(shared));
    }
    List<String> classes = new ArrayList<>();
    in.project().workers().forEach(w -> classes.addAll(w.localDurableObjectClasses()));
    if (!classes.isEmpty()) {
      return Check.passed(title, "state is coordinated by Durable Objects (" + String.join(", ", classes.stream().distinct().toList())
          + "), none addressed by one constant name on a request path", List.of());
    }
    return Check.notApplicable(title, "no shared mutable state found: no Durable Object and no write to one constant KV or R2 key");
  }

  private Check monitoring() {
    String title = "Analytics and monitoring configured";
    ReadinessSignals.Signal s = signals.monitoring();
    if (s.present()) {
      return Check.passed(title, "every deployed Worker sends logs, traces, events or data points somewhere", s.evidence());
    }
    return Check.failed(title, s.evidence().isEmpty() ? "no Worker is deployed from this repository with observability" : s.evidence().get(0),
        List.of());
  }

  private Check ciCd() {
    String title = "CI/CD pipelines automated";
    ReadinessSignals.Signal s = signals.ciCd();
    if (!s.present()) {
      return Check.failed(title, "no CI workflow runs wrangler deploy (GitHub Actions, GitLab CI, CircleCI, Bitbucket, Azure)", List.of());
    }
    List<String> named = in.project().environments().flatMap(e -> e.environment().stream()).distinct().toList();
    List<String> deployed = signals.ciEnvironments();
    List<String> byHand = named.stream().filter(n -> !deployed.contains(n) && !n.equals("dev") && !n.equals("local") && !n.equals("test"))
        .toList();
    if (!named.isEmpty() && deployed.isEmpty()) {
      return Check.failed(title, "CI deploys without --env, so " + String.join(", ", byHand) + " are deployed by hand", s.evidence());
    }
    return Check.passed(title, deployed.isEmpty() ? "CI deploys the Workers" : "CI deploys environment(s) " + String.join(", ", deployed),
        s.evidence());
  }

  private Check backup() {
    String title = "Backup and recovery procedures tested";
    boolean d1 = binds(BindingType.D1_DATABASE);
    boolean r2 = binds(BindingType.R2_BUCKET);
    if (!d1 && !r2) {
      return Check.notApplicable(title, "no D1 database or R2 bucket holds data");
    }
    String travel = d1 ? text.resolve(in.billingPlan() == Plan.FREE ? "D1 Time Travel restores any minute of the last "
        + "${d1.limits.timeTravelDaysFree} days" : "D1 Time Travel restores any minute of the last ${d1.limits.timeTravelDaysPaid} days")
        + " (wrangler d1 time-travel restore)" : "";
    String bucket = r2 ? "R2 keeps no copies of overwritten or deleted objects" : "";
    String platform = String.join("; ", List.of(travel, bucket).stream().filter(t -> !t.isEmpty()).toList());
    ReadinessSignals.Signal database = signals.backup();
    ReadinessSignals.Signal buckets = signals.bucketCopies();
    List<String> evidence = new ArrayList<>(d1 ? database.evidence() : List.of());
    evidence.addAll(r2 ? buckets.evidence() : List.of());
    List<String> missing = new ArrayList<>();
    if (d1 && !database.present()) {
      missing.add("no script, workflow or document exports a D1 database or rehearses a restore (wrangler d1 export, wrangler d1 "
          + "time-travel)");
    }
    if (r2 && !buckets.present()) {
      missing.add("no script, workflow or document copies the R2 buckets elsewhere (a scheduled rclone sync, aws s3 sync against "
          + "the R2 endpoint) or says how they are replicated");
    }
    if (missing.isEmpty()) {
      return Check.passed(title, platform + "; the repository " + (d1 && r2 ? "exports the databases and copies the buckets"
          : d1 ? "exports or restores data" : "copies the buckets"), evidence);
    }
    return Check.failed(title, platform + "; " + String.join("; ", missing), evidence);
  }

  private Check security() {
    String title = "Security policies and WAF rules active";
    List<Finding> security = in.findings().stream().filter(f -> Area.of(f.ruleId()) == Area.SECURITY_AND_ABUSE).toList();
    List<String> waf = signals.wafRules();
    if (!security.isEmpty()) {
      return Check.failed(title, security.size() + (security.size() == 1 ? " security finding" : " security findings") + ": "
          + security.get(0).message(), locations(security));
    }
    return Check.passed(title, "no security or abuse finding; WAF rules " + (waf.isEmpty()
        ? "are not kept in the repository (rules managed in the dashboard are not visible here)" : "are kept as Terraform"), waf);
  }

  private Check benchmarks() {
    String title = "Performance benchmarks established";
    if (!servesRequests()) {
      return Check.notApplicable(title, "no Worker serves HTTP requests");
    }
    Optional<CapacityLimit> first = in.plan().capacity().first();
    String target = first.flatMap(CapacityLimit::breaksAtPeakRps).map(r -> "; the plan says " + first.get().name() + " breaks at "
        + Numbers.rate(r) + " req/s: test up to there").orElse("");
    List<String> tests = signals.loadTests();
    if (!tests.isEmpty()) {
      return Check.passed(title, "a load test is kept in the repository" + target, tests);
    }
    return Check.failed(title, "no load test (k6, Artillery, autocannon, Locust) in the repository" + target, List.of());
  }

  private Check incidentResponse() {
    String title = "Incident response procedures documented";
    ReadinessSignals.Signal s = signals.runbook();
    return s.present() ? Check.passed(title, "a runbook is kept in the repository", s.evidence())
        : Check.failed(title, "no runbook, playbook or incident document in the repository", List.of());
  }

  private List<Finding> findings(String... ruleIds) {
    return in.findings().stream().filter(f -> List.of(ruleIds).contains(f.ruleId())).toList();
  }

  static List<String> locations(List<Finding> findings) {
    return findings.stream().map(f -> f.location().file() + ":" + f.location().line() + " " + f.ruleId()).distinct().toList();
  }
}
