package dev.cfscale.analysis;

import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.facts.config.Observability;
import dev.cfscale.facts.config.PublicRoute;
import dev.cfscale.facts.config.QueueConsumer;
import dev.cfscale.facts.config.SecretText;
import dev.cfscale.facts.config.Setting;
import dev.cfscale.facts.config.Var;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.config.WorkerKind;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.config.ConfigArray;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigScalar;
import dev.cfscale.parse.config.ConfigValue;
import dev.cfscale.parse.config.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns an effective config tree into the typed {@link WorkerEnvironment} that rules read. */
final class BindingExtractor {
  private final String file;
  private final MigrationExtractor migrations;
  private final ConfigComments comments;

  BindingExtractor(String file) {
    this(file, ConfigComments.none());
  }

  /** {@code comments} reads the author's comments beside settings (why a value is what it is). */
  BindingExtractor(String file, ConfigComments comments) {
    this.file = file;
    this.migrations = new MigrationExtractor(file);
    this.comments = comments;
  }

  WorkerEnvironment environment(ConfigObject cfg, String workerName, Optional<String> env, WorkerKind kind,
      List<InheritanceGap> gaps) {
    return new WorkerEnvironment(file, workerName, env, kind, at(cfg.position()),
        setting(cfg, "main", "main"), setting(cfg, "compatibility_date", "compatibility_date"),
        bindings(cfg), requiredSecrets(cfg), vars(cfg), consumers(cfg), migrations.migrations(cfg),
        migrations.exportedClasses(cfg), observability(cfg), otherTelemetry(cfg),
        cfg.object("limits").flatMap(l -> setting(l, "cpu_ms", "limits.cpu_ms")),
        cfg.get("site").map(v -> at(v.position())), cfg.has("assets"), cfg.has("placement"), gaps, routes(cfg),
        cfg.get("name").map(v -> at(v.position())));
  }

  private List<Binding> bindings(ConfigObject cfg) {
    List<Binding> out = new ArrayList<>();
    for (BindingType type : BindingType.values()) {
      for (ConfigObject element : elements(cfg, type)) {
        Optional<String> name = element.string(type.nameField()).or(() -> element.string("binding"));
        name.ifPresent(n -> out.add(new Binding(type, n, at(element.position()), scalars(element, "", type.configKey()))));
      }
    }
    return out;
  }

  private static List<ConfigObject> elements(ConfigObject cfg, BindingType type) {
    String[] path = type.configKey().split("\\.");
    Optional<ConfigValue> value = cfg.get(path[0]);
    if (path.length == 2) {
      value = value.filter(ConfigObject.class::isInstance).flatMap(v -> ((ConfigObject) v).get(path[1]));
    }
    if (value.isEmpty()) {
      return List.of();
    }
    if (type.shape() == BindingType.Shape.SINGLE) {
      return value.get() instanceof ConfigObject o ? List.of(o) : List.of();
    }
    return objectsIn(value.get());
  }

  static List<ConfigObject> objectsIn(ConfigValue value) {
    if (!(value instanceof ConfigArray array)) {
      return List.of();
    }
    return array.items().stream().filter(ConfigObject.class::isInstance).map(ConfigObject.class::cast).toList();
  }

  /** Scalar fields of an element, with nested objects flattened one level as {@code simple.limit}. */
  private Map<String, Setting> scalars(ConfigObject element, String prefix, String path) {
    Map<String, Setting> out = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> e : element.entries().entrySet()) {
      String key = prefix + e.getKey();
      if (e.getValue() instanceof ConfigScalar s) {
        out.put(key, new Setting(path + "." + key, s.value(), at(s.position()), comments.at(s.position().line())));
      } else if (e.getValue() instanceof ConfigObject nested && prefix.isEmpty()) {
        out.putAll(scalars(nested, key + ".", path));
      }
    }
    return out;
  }

  /** {@code route}, {@code routes} (strings or objects with {@code pattern}) and custom domains. */
  private List<PublicRoute> routes(ConfigObject cfg) {
    List<ConfigValue> entries = new ArrayList<>();
    cfg.get("route").ifPresent(entries::add);
    cfg.array("routes").ifPresent(a -> entries.addAll(a.items()));
    List<PublicRoute> out = new ArrayList<>();
    for (ConfigValue entry : entries) {
      if (entry instanceof ConfigScalar s && s.value() instanceof String pattern) {
        out.add(new PublicRoute(pattern, at(s.position()), false));
      } else if (entry instanceof ConfigObject o) {
        o.string("pattern").ifPresent(pattern -> out.add(new PublicRoute(pattern, at(o.position()), flag(o, "custom_domain").orElse(false))));
      }
    }
    return out;
  }

  private List<String> requiredSecrets(ConfigObject cfg) {
    List<String> names = new ArrayList<>();
    cfg.object("secrets").flatMap(s -> s.array("required")).ifPresent(a -> a.items().forEach(v -> {
      if (v instanceof ConfigScalar s && s.value() instanceof String name) {
        names.add(name);
      }
    }));
    return names;
  }

  private List<Var> vars(ConfigObject cfg) {
    List<Var> out = new ArrayList<>();
    cfg.object("vars").ifPresent(vars -> vars.entries().forEach((name, value) -> {
      Optional<SecretText> text = value instanceof ConfigScalar s && s.value() instanceof String str
          ? Optional.of(new SecretText(str)) : Optional.empty();
      out.add(new Var(name, text, at(value.position())));
    }));
    return out;
  }

  private List<QueueConsumer> consumers(ConfigObject cfg) {
    List<QueueConsumer> out = new ArrayList<>();
    cfg.object("queues").flatMap(q -> q.get("consumers")).map(BindingExtractor::objectsIn).orElse(List.of())
        .forEach(c -> c.string("queue").ifPresent(queue ->
            out.add(new QueueConsumer(queue, at(c.position()), scalars(c, "", "queues.consumers"), comments.at(c.position().line())))));
    return out;
  }

  /** Tail consumers or {@code logpush = true}: events leave the Worker even without Workers Logs. */
  private static boolean otherTelemetry(ConfigObject cfg) {
    boolean tails = cfg.array("tail_consumers").map(a -> !a.items().isEmpty()).orElse(false)
        || cfg.array("streaming_tail_consumers").map(a -> !a.items().isEmpty()).orElse(false);
    return tails || flag(cfg, "logpush").orElse(false);
  }

  private Optional<Observability> observability(ConfigObject cfg) {
    return cfg.object("observability").map(o -> new Observability(
        flag(o, "enabled"),
        o.object("logs").flatMap(l -> flag(l, "enabled")),
        o.object("traces").flatMap(t -> flag(t, "enabled")),
        at(o.position())));
  }

  private static Optional<Boolean> flag(ConfigObject o, String key) {
    return o.get(key).filter(ConfigScalar.class::isInstance)
        .map(v -> ((ConfigScalar) v).value()).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  private Optional<Setting> setting(ConfigObject o, String key, String path) {
    return o.get(key).filter(ConfigScalar.class::isInstance)
        .map(v -> new Setting(path, ((ConfigScalar) v).value(), at(v.position())));
  }

  private Location at(Position p) {
    return new Location(file, p.line(), p.column());
  }
}
