package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.CodeRule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code setInterval} inside a Durable Object keeps the object in memory (billed duration) and stops
 * when it is evicted; alarms survive eviction and let the object hibernate between runs.
 */
@RuleInfo(id = "durable-objects/set-interval", severity = Severity.MEDIUM,
    summary = "setInterval in a Durable Object instead of the Alarms API")
public final class DurableObjectSetInterval implements CodeRule {
  private static final Set<EntryKind> OBJECT_ENTRIES = Set.of(EntryKind.DURABLE_OBJECT_FETCH, EntryKind.ALARM,
      EntryKind.WEBSOCKET, EntryKind.RPC);

  @Override
  public Stream<Finding> check(WorkerConfig worker, OperationSite op, RuleContext ctx) {
    if (!op.operation().equals("setInterval") || op.enclosingClass().isEmpty() || !isDurableObject(worker, op.enclosingClass().get())) {
      return Stream.empty();
    }
    String price = ctx.platform().number("durableObjects.pricing.usdPerMillionGbSeconds").toPlainString();
    long memoryMb = ctx.platform().whole("durableObjects.pricing.billedMemoryMb");
    return Stream.of(finding(worker, op)
        .message("setInterval in Durable Object " + op.enclosingClass().get() + ": the timer keeps the object awake (duration"
            + " billed at $" + price + " per million GB-s, " + memoryMb + " MB per object) and silently stops when the object is evicted")
        .fix("Use this.ctx.storage.setAlarm(Date.now() + interval) and do the work in alarm(), which survives eviction and"
            + " lets the object hibernate in between.")
        .build());
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
