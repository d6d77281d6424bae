package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code setInterval} inside a Durable Object keeps the object in memory (billed duration) and stops
 * when it is evicted; alarms survive eviction and let the object hibernate between runs. The timer may be started by a
 * service object the Durable Object owns (a manager it creates in its constructor): the code runs in the object all the same.
 */
@RuleInfo(id = "durable-objects/set-interval", severity = Severity.MEDIUM,
    summary = "setInterval in a Durable Object instead of the Alarms API")
public final class DurableObjectSetInterval implements CodeRule {
  private static final Set<EntryKind> OBJECT_ENTRIES = Set.of(EntryKind.DURABLE_OBJECT_FETCH, EntryKind.ALARM,
      EntryKind.WEBSOCKET, EntryKind.RPC);

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.operation().equals("setInterval")) {
      return Stream.empty();
    }
    Optional<String> object = op.enclosingClass().filter(c -> isDurableObject(worker, c)).or(() -> owningObject(worker, op));
    if (object.isEmpty()) {
      return Stream.empty();
    }
    String price = ctx.platform().number("durableObjects.pricing.usdPerMillionGbSeconds").toPlainString();
    long memoryMb = ctx.platform().whole("durableObjects.pricing.billedMemoryMb");
    return Stream.of(finding(worker, op)
        .message("setInterval in Durable Object " + object.get() + ownedBy(op, object.get()) + ": the timer keeps the object awake (duration"
            + " billed at $" + price + " per million GB-s, " + memoryMb + " MB per object) and silently stops when the object is evicted")
        .fix("Use this.ctx.storage.setAlarm(Date.now() + interval) and do the work in alarm(), which survives eviction and"
            + " lets the object hibernate in between.")
        .build());
  }

  /** The Durable Object class one of whose entries reaches {@code op}, when the call sits in another class or function. */
  private static Optional<String> owningObject(WorkerConfig worker, OperationSite op) {
    return op.reachedFrom().stream().filter(e -> OBJECT_ENTRIES.contains(e.kind()) && e.name().contains("."))
        .map(e -> e.name().substring(0, e.name().indexOf('.'))).filter(worker.localDurableObjectClasses()::contains).sorted().findFirst();
  }

  /** " (through DeploymentManager)" when the timer is started by a class the object uses. */
  private static String ownedBy(OperationSite op, String object) {
    return op.enclosingClass().filter(c -> !c.equals(object)).map(c -> " (through " + c + ")").orElse("");
  }

  private static boolean isDurableObject(WorkerConfig worker, String className) {
    if (worker.localDurableObjectClasses().contains(className)) {
      return true;
    }
    Set<String> classesWithObjectEntries = worker.code().entryPoints().stream().filter(e -> OBJECT_ENTRIES.contains(e.kind()))
        .map(e -> e.name().contains(".") ? e.name().substring(0, e.name().indexOf('.')) : e.name()).collect(Collectors.toSet());
    return classesWithObjectEntries.contains(className);
  }
}
