package dev.cfscale.analysis;

import dev.cfscale.facts.config.Binding;
import dev.cfscale.facts.config.InheritanceGap;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.config.ConfigArray;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigValue;
import dev.cfscale.parse.config.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies wrangler's environment rules to a config tree: inheritable keys fall back to the top
 * level whole (replacement, not merge), non-inheritable keys do not, and what a named environment
 * silently loses is recorded as {@link InheritanceGap}s.
 */
final class EnvironmentResolver {
  private final String file;

  EnvironmentResolver(String file) {
    this.file = file;
  }

  /** The effective tree for {@code envName}, or the top level itself when it is empty. */
  ConfigObject effective(ConfigObject top, Optional<String> envName) {
    if (envName.isEmpty()) {
      return top;
    }
    ConfigObject env = environmentTable(top, envName.get()).orElse(top);
    Map<String, ConfigValue> merged = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> e : top.entries().entrySet()) {
      String key = e.getKey();
      if (KeyClasses.TOP_LEVEL_ONLY.contains(key) || KeyClasses.isInheritable(key)) {
        merged.put(key, e.getValue());
      }
    }
    for (Map.Entry<String, ConfigValue> e : env.entries().entrySet()) {
      if (!KeyClasses.TOP_LEVEL_ONLY.contains(e.getKey())) {
        merged.put(e.getKey(), e.getValue());
      }
    }
    return new ConfigObject(merged, env.position());
  }

  static Optional<ConfigObject> environmentTable(ConfigObject top, String envName) {
    return top.object("env").flatMap(envs -> envs.object(envName));
  }

  /** What {@code envName} loses because bindings and vars are not inherited. */
  List<InheritanceGap> gaps(ConfigObject top, String envName) {
    Optional<ConfigObject> envTable = environmentTable(top, envName);
    if (envTable.isEmpty()) {
      return List.of();
    }
    ConfigObject env = envTable.get();
    List<InheritanceGap> gaps = new ArrayList<>();
    for (Map.Entry<String, ConfigValue> e : top.entries().entrySet()) {
      String key = e.getKey();
      if (!KeyClasses.NON_INHERITABLE.contains(key) || isEmpty(e.getValue())) {
        continue;
      }
      Location topAt = at(e.getValue().position());
      Optional<ConfigValue> envValue = env.get(key);
      if (envValue.isEmpty()) {
        gaps.add(new InheritanceGap(key, List.copyOf(names(key, e.getValue())), true, topAt, at(env.position())));
        continue;
      }
      Set<String> missing = missingNames(key, e.getValue(), envValue.get());
      if (!missing.isEmpty()) {
        gaps.add(new InheritanceGap(key, List.copyOf(missing), false, topAt, at(envValue.get().position())));
      }
    }
    return gaps;
  }

  private static Set<String> missingNames(String key, ConfigValue top, ConfigValue env) {
    Set<String> missing = new LinkedHashSet<>(names(key, top));
    missing.removeAll(names(key, env));
    return missing;
  }

  /** Binding or var names declared under {@code key}, whatever its shape. */
  static Set<String> names(String key, ConfigValue value) {
    Set<String> names = new LinkedHashSet<>();
    if (key.equals("vars") || key.equals("define")) {
      if (value instanceof ConfigObject o) {
        names.addAll(o.entries().keySet());
      }
      return names;
    }
    if (value instanceof ConfigArray a) {
      for (ConfigValue item : a.items()) {
        if (item instanceof ConfigObject o) {
          o.string("binding").or(() -> o.string("name")).or(() -> o.string("service")).ifPresent(names::add);
        }
      }
    } else if (value instanceof ConfigObject o) {
      for (String nested : List.of("bindings", "producers", "consumers")) {
        o.array(nested).ifPresent(arr -> names.addAll(names(nested, arr)));
      }
      o.array("consumers").ifPresent(arr -> arr.items().stream()
          .filter(ConfigObject.class::isInstance)
          .forEach(c -> ((ConfigObject) c).string("queue").ifPresent(q -> names.add("consumer of " + q))));
      o.string("binding").ifPresent(names::add);
    }
    return names;
  }

  private static boolean isEmpty(ConfigValue value) {
    if (value instanceof ConfigArray a) {
      return a.items().isEmpty();
    }
    return value instanceof ConfigObject o && o.entries().isEmpty();
  }

  private Location at(Position p) {
    return new Location(file, p.line(), p.column());
  }
}
