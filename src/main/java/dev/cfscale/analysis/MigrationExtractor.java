package dev.cfscale.analysis;

import dev.cfscale.facts.config.DurableObjectMigration;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.config.ConfigArray;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigScalar;
import dev.cfscale.parse.config.ConfigValue;
import dev.cfscale.parse.config.Position;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads Durable Object lifecycle config: {@code migrations} steps and the declarative {@code exports}. */
final class MigrationExtractor {
  private final String file;

  MigrationExtractor(String file) {
    this.file = file;
  }

  List<DurableObjectMigration> migrations(ConfigObject cfg) {
    return cfg.get("migrations").map(BindingExtractor::objectsIn).orElse(List.of()).stream()
        .map(this::migration).toList();
  }

  private DurableObjectMigration migration(ConfigObject step) {
    Map<String, Location> created = new LinkedHashMap<>();
    Map<String, Location> kv = classes(step, "new_classes");
    Map<String, Location> sqlite = classes(step, "new_sqlite_classes");
    created.putAll(kv);
    created.putAll(sqlite);
    created.putAll(targets(step, "renamed_classes"));
    created.putAll(targets(step, "transferred_classes"));
    return new DurableObjectMigration(step.string("tag").orElse(""), at(step.position()), kv, sqlite, created,
        classes(step, "deleted_classes"));
  }

  private Map<String, Location> classes(ConfigObject step, String key) {
    Map<String, Location> out = new LinkedHashMap<>();
    step.array(key).ifPresent(a -> a.items().forEach(v -> {
      if (v instanceof ConfigScalar s && s.value() instanceof String name) {
        out.put(name, at(s.position()));
      }
    }));
    return out;
  }

  /** The {@code to} side of renamed and transferred classes. */
  private Map<String, Location> targets(ConfigObject step, String key) {
    Map<String, Location> out = new LinkedHashMap<>();
    for (ConfigObject move : BindingExtractor.objectsIn(step.get(key).orElse(new ConfigArray(List.of(), Position.START)))) {
      move.string("to").ifPresent(to -> out.put(to, at(move.position())));
    }
    return out;
  }

  /** Classes that the declarative {@code exports} block creates (any state but deleted). */
  Set<String> exportedClasses(ConfigObject cfg) {
    Set<String> out = new LinkedHashSet<>();
    cfg.object("exports").ifPresent(exports -> {
      for (Map.Entry<String, ConfigValue> e : exports.entries().entrySet()) {
        if (e.getValue() instanceof ConfigObject o && "durable-object".equals(o.string("type").orElse(""))
            && !"deleted".equals(o.string("state").orElse(""))) {
          out.add(e.getKey());
        }
      }
    });
    return out;
  }

  private Location at(Position p) {
    return new Location(file, p.line(), p.column());
  }
}
