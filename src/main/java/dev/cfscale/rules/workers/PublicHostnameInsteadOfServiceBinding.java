package dev.cfscale.rules.workers;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.PublicRoute;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RequestPaths;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@code fetch} whose host is where another Worker of the same repository is published (a whole-host route, a
 * custom domain, or its {@code NAME.SUBDOMAIN.workers.dev} address): the call leaves the caller, crosses the public
 * edge and is billed as a request of the other Worker, where a service binding is a direct, unbilled call. The host
 * must be written out in the code; a URL from {@code env} (a var per environment, or a secret) is not judged.
 */
@RuleInfo(id = "workers/public-hostname-instead-of-service-binding", severity = Severity.MEDIUM,
    summary = "fetch to another Worker of the project through its public hostname")
public final class PublicHostnameInsteadOfServiceBinding implements CodeFactsRule {

  /** Where a host leads: the Worker environment published there and the route or name that says so. */
  private record Target(WorkerConfig worker, WorkerEnvironment environment, String how) {}

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    return facts.workers().stream().flatMap(w -> w.code().operations().stream()
        .flatMap(op -> target(facts, w, op).stream().map(t -> finding(w, op, t, ctx))));
  }

  private static Optional<Target> target(ProjectFacts facts, WorkerConfig caller, OperationSite op) {
    if (!op.operation().equals("fetch") || op.bindingType().isPresent() || op.options().fetchesOwnUrl()) {
      return Optional.empty();
    }
    Optional<String> host = op.options().fetch().flatMap(f -> f.host());
    if (host.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> workersDevName = PublicRoute.workersDevName(host.get());
    List<Target> targets = new ArrayList<>();
    for (WorkerConfig w : facts.workers()) {
      for (WorkerEnvironment env : w.environments()) {
        if (workersDevName.filter(env.workerName()::equalsIgnoreCase).isPresent()) {
          targets.add(new Target(w, env, "the workers.dev address of Worker `" + env.workerName() + "`"));
        }
        env.routes().stream().filter(r -> r.servesWholeHost(host.get())).findFirst().ifPresent(r -> targets.add(new Target(w, env,
            (r.customDomain() ? "custom domain `" : "route `") + r.pattern() + "` of Worker `" + env.workerName() + "` ("
                + r.location().file() + ":" + r.location().line() + ")")));
      }
    }
    // another Worker first: a call to the caller's own host is a hop to itself, which the message says differently
    return targets.stream().filter(t -> !t.worker().file().equals(caller.file())).findFirst()
        .or(() -> targets.stream().findFirst());
  }

  private Finding finding(WorkerConfig caller, OperationSite op, Target target, RuleContext ctx) {
    String price = ctx.platform().number("workers.pricing.usdPerMillionRequests").toPlainString();
    boolean bindingBillsCallee = Boolean.TRUE.equals(ctx.platform().fact("workers.pricing.serviceBindingCalleeRequestBilled").value());
    boolean self = target.worker().file().equals(caller.file());
    String name = target.environment().workerName();
    Optional<String> existing = caller.environments().stream().flatMap(e -> e.bindings(BindingType.SERVICE).stream())
        .filter(b -> b.text("service").filter(name::equals).isPresent()).map(b -> b.name()).findFirst();
    String host = op.options().fetch().flatMap(f -> f.host()).orElse("");
    String whom = self ? "this Worker itself" : "Worker `" + name + "` of this repository";
    String fix = existing.map(b -> "This Worker already binds `" + name + "` as `" + b + "`: call `env." + b + ".fetch(request)` or an RPC"
            + " method on it instead of the public URL.")
        .orElse(self
            ? "Call the handler function directly, or bind the Worker to itself (`services = [{ binding = \"SELF\", service = \""
                + name + "\" }]`) and call `env.SELF.fetch(...)`."
            : "Add a service binding (`services = [{ binding = \"" + bindingName(name) + "\", service = \"" + name + "\" }]`) and"
                + " call `env." + bindingName(name) + ".fetch(request)`, or expose methods with WorkerEntrypoint and call them by RPC.");
    return CodeRule.finding(this, caller, op)
        .severity(RequestPaths.hot(caller, op) ? Severity.MEDIUM : Severity.LOW)
        .message("`" + op.code() + "` calls " + whom + " through its public hostname " + host + " (" + target.how() + "): the"
            + " request leaves this Worker, crosses the public edge and is billed as another request ($" + price + " per million),"
            + " and a call to a host on the caller's own zone is sent to the origin instead of the Worker; a service binding is a"
            + " direct call on the same thread" + (bindingBillsCallee ? "" : ", with no second request billed"))
        .evidence("host", host)
        .evidence("served by", target.how())
        .fix(fix)
        .build();
  }

  private static String bindingName(String worker) {
    return worker.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
