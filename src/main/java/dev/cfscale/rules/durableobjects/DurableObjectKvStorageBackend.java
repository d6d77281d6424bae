package dev.cfscale.rules.durableobjects;

import dev.cfscale.facts.config.DurableObjectMigration;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Severity;
import dev.cfscale.rules.EnvironmentRule;
import dev.cfscale.rules.FindingBuilder;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleInfo;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code new_classes} creates a class on the legacy key-value storage backend. Cloudflare
 * recommends SQLite-backed objects for new classes, and a class cannot change backend later.
 */
@RuleInfo(id = "durable-objects/kv-storage-backend", severity = Severity.MEDIUM,
    summary = "New Durable Object class uses the legacy key-value backend instead of SQLite")
public final class DurableObjectKvStorageBackend implements EnvironmentRule {

  @Override
  public Stream<Finding> check(WorkerEnvironment env, RuleContext ctx) {
    return env.migrations().stream().flatMap(m -> m.newKvClasses().entrySet().stream().map(c -> finding(env, m, c, ctx)));
  }

  private Finding finding(WorkerEnvironment env, DurableObjectMigration step, Map.Entry<String, Location> cls, RuleContext ctx) {
    String perObjectGb = ctx.platform().number("durableObjects.limits.sqliteStoragePerObjectGb").toPlainString();
    return FindingBuilder.of(this, env)
        .at(cls.getValue())
        .message("Migration `" + step.tag() + "` creates `" + cls.getKey() + "` with new_classes (key-value backend):"
            + " new classes should be SQLite-backed (new_sqlite_classes: SQL, point-in-time recovery, " + perObjectGb
            + " GB per object); the backend cannot be changed once deployed")
        .evidence("key", "migrations[tag=" + step.tag() + "].new_classes")
        .evidence("value", cls.getKey())
        .fix("If this migration has not been deployed yet, move \"" + cls.getKey() + "\" to new_sqlite_classes. If it has,"
            + " suppress with a reason: a deployed class keeps its backend.")
        .subject("class:" + cls.getKey())
        .build();
  }
}
