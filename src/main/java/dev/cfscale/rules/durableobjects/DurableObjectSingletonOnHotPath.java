package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.FixedInstance;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.TestPaths;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeFactsRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Durable Object instance, chosen by a constant name, that every request or visitor reaches: a
 * request path calling {@code idFromName("global")} (or {@code getByName}, {@code getAgentByName},
 * {@code MyActor.get}), a router that sends every request to one instance ({@code handler(MyActor)} with
 * the default {@code nameFromRequest}), or browser code connecting every visitor to one instance
 * ({@code useAgent} without a name). Each object is single-threaded, capped at about 1,000 requests per
 * second. Reported once per instance, where the name is first chosen, listing the other places; callers
 * only on cron, queue or admin paths, and test code, stay quiet.
 */
@RuleInfo(id = "durable-objects/singleton-on-hot-path", severity = Severity.MEDIUM,
    summary = "One Durable Object (constant name) serves every request on a hot path")
public final class DurableObjectSingletonOnHotPath implements CodeFactsRule {

  /** A place that picks the instance: what it says, its evidence, and its rank (the Worker's own calls first, browser code last). */
  private record Choice(int rank, Location location, String instance, String words, String code, String binding) {}

  @Override
  public Stream<Finding> check(ProjectFacts facts, RuleContext ctx) {
    // a Worker whose config sits in test code is a harness: no user traffic reaches it
    return facts.workers().stream().filter(w -> !TestPaths.isTest(w.file())).flatMap(w -> {
      Map<String, List<Choice>> byInstance = new LinkedHashMap<>();
      choices(w).forEach(c -> byInstance.computeIfAbsent(c.instance(), k -> new ArrayList<>()).add(c));
      return byInstance.values().stream().map(group -> finding(w, group, ctx));
    });
  }

  private static Stream<Choice> choices(WorkerConfig w) {
    Map<String, String> classes = w.localDurableObjectBindings();
    Stream<Choice> calls = w.code().operations().stream().filter(op -> op.is(BindingType.DURABLE_OBJECT, "idFromName", "getByName")
        && op.key().shape() == KeyArg.Shape.CONSTANT && op.onHotRequestPath()).map(op -> {
          String binding = op.binding().orElse("?");
          return new Choice(0, op.location(), classes.getOrDefault(binding, binding) + "|" + op.key().text(),
              "`" + op.code() + "` on a request path (" + op.function() + ") sends every request to one " + classes.getOrDefault(binding,
                  binding) + " object", op.code(), binding);
        });
    Stream<Choice> fixed = w.code().fixedInstances().stream().filter(f -> !f.inTestCode()).map(f -> new Choice(
        f.origin() == FixedInstance.Origin.BROWSER ? 2 : 1, f.location(),
        f.className() + "|\"" + f.name() + "\"", f.how() + ": one " + f.className() + " object serves every "
            + (f.origin() == FixedInstance.Origin.BROWSER ? "visitor" : "request"), f.code(), f.binding().orElse(f.className())));
    return Stream.concat(calls, fixed).sorted(Comparator.comparingInt(Choice::rank).thenComparing(Choice::location));
  }

  private Finding finding(WorkerConfig w, List<Choice> group, RuleContext ctx) {
    Choice first = group.get(0);
    long perSecond = ctx.platform().whole("durableObjects.limits.softRequestsPerSecondPerObject");
    FindingBuilder b = FindingBuilder.of(this, first.location()).worker(w.topLevelName()).environments(w.environmentLabels())
        .message(first.words() + ": it is single-threaded, with a soft limit of about " + perSecond + " requests/s, after which requests"
            + " fail as overloaded")
        .evidence("code", first.code())
        .evidence("binding", first.binding() + " (Durable Object)")
        .evidence("instance", first.instance().substring(first.instance().indexOf('|') + 1))
        .evidence("limit", "about " + perSecond + " requests/s per object (durableObjects.limits.softRequestsPerSecondPerObject)");
    if (group.size() > 1) {
      b.evidence("also chosen at", group.stream().skip(1).map(c -> c.location().toString()).collect(Collectors.joining(", ")));
    }
    return b.fix("Shard by a key from the request (user, room, tenant: idFromName(`room:${id}`), useAgent({ agent, name: userId })),"
            + " or keep the singleton off the hot path (cron, queue) and cache its answers. If traffic to it stays low, suppress with"
            + " that reason.")
        .subject(first.instance())
        .build();
  }
}
