package dev.cfscale.models.guide;

import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.DurableObjectMigration;
import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.config.WorkerEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Section 1, the current setup: for each Worker, its bindings per environment, what its config does well
 * (checked from the config facts) and what the audit found missing in the config itself.
 */
final class SetupSection {
  /** Attributes that name the resource a binding points to, in the order they are looked for. */
  private static final List<String> RESOURCE_KEYS = List.of("database_name", "bucket_name", "queue", "class_name", "index_name",
      "dataset", "service", "namespace", "workflow_name", "pipeline", "id", "database_id");

  private final GuideInputs in;

  SetupSection(GuideInputs in) {
    this.in = in;
  }

  List<WorkerSetup> workers() {
    return in.project().workers().stream().filter(w -> !w.environments().isEmpty()).map(this::worker).toList();
  }

  private WorkerSetup worker(WorkerConfig w) {
    List<String> envs = w.environmentLabels();
    Map<String, String[]> cells = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (int i = 0; i < w.environments().size(); i++) {
      for (Binding b : w.environments().get(i).bindings()) {
        String id = b.type().name() + " " + b.name();
        kinds.putIfAbsent(id, b.type().displayName());
        String[] row = cells.computeIfAbsent(id, k -> emptyRow(envs.size()));
        row[i] = resource(b);
      }
    }
    List<WorkerSetup.BindingRow> rows = new ArrayList<>();
    cells.forEach((id, row) -> rows.add(new WorkerSetup.BindingRow(kinds.get(id), id.substring(id.indexOf(' ') + 1), List.of(row))));
    List<Check> missing = in.findings().stream().filter(f -> f.location().file().equals(w.file()))
        .map(f -> Check.failed(in.summary(f.ruleId()), f.message(), List.of(f.location().file() + ":" + f.location().line() + " " + f.ruleId())))
        .toList();
    return new WorkerSetup(w.topLevelName(), w.file(), w.code().modules(), envs, rows, configuredWell(w), missing);
  }

  private static String[] emptyRow(int size) {
    String[] row = new String[size];
    java.util.Arrays.fill(row, "");
    return row;
  }

  /** What the config does well, each with the line that shows it (only what every environment has, or names the ones that do). */
  private List<Check> configuredWell(WorkerConfig w) {
    List<Check> out = new ArrayList<>();
    WorkerEnvironment top = w.environments().get(0);
    top.observability().filter(o -> o.collectsAnything()).ifPresent(o ->
        out.add(Check.passed("Workers Logs or traces on", "observability is enabled: errors and slow requests can be investigated",
            List.of(where(o.location())))));
    if (w.environments().stream().anyMatch(WorkerEnvironment::otherTelemetry)) {
      out.add(Check.passed("Events exported", "Logpush or tail consumers send the Worker's events elsewhere", List.of(w.file())));
    }
    top.cpuLimit().ifPresent(s -> out.add(Check.passed("CPU ceiling", "limits.cpu_ms = " + s.value() + " stops runaway requests",
        List.of(where(s.location())))));
    if (top.hasPlacement()) {
      out.add(Check.passed("Smart Placement", "the Worker runs near its back ends", List.of(w.file())));
    }
    for (QueueConsumer c : top.queueConsumers()) {
      c.deadLetterQueue().ifPresent(dlq -> out.add(Check.passed("Dead letter queue for " + c.queue(),
          "failed messages go to " + dlq + " instead of being deleted", List.of(where(c.location())))));
    }
    top.bindings(BindingType.RATE_LIMIT).forEach(b -> out.add(Check.passed("Rate-limit binding " + b.name(),
        "requests can be limited in code", List.of(where(b.location())))));
    for (DurableObjectMigration m : top.migrations()) {
      m.newSqliteClasses().forEach((cls, at) -> out.add(Check.passed("SQLite-backed Durable Object " + cls,
          "SQL storage with point-in-time recovery", List.of(where(at)))));
    }
    if (!top.requiredSecrets().isEmpty()) {
      out.add(Check.passed("Secrets declared", String.join(", ", top.requiredSecrets()) + " under secrets.required", List.of(w.file())));
    }
    if (top.hasAssets()) {
      out.add(Check.passed("Static assets", "served by the platform, not billed as Worker requests", List.of(w.file())));
    }
    return out;
  }

  private static String where(dev.cfscale.findings.Location l) {
    return l.file() + ":" + l.line();
  }

  /** The resource a binding points to, as named in the config (an id shortened to 8 characters). */
  static String resource(Binding b) {
    for (String key : RESOURCE_KEYS) {
      Optional<String> v = b.text(key);
      if (v.isPresent() && !v.get().isBlank()) {
        return key.endsWith("id") && v.get().length() > 12 ? v.get().substring(0, 8) + "…" : v.get();
      }
    }
    return b.type().displayName();
  }
}
