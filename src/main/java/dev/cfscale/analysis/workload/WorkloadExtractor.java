package dev.cfscale.analysis.workload;

import dev.cfscale.analysis.usage.QuantityBounds;
import dev.cfscale.facts.workload.Assumption;
import dev.cfscale.facts.workload.Workload;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigScalar;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.config.ConfigValue;
import dev.cfscale.parse.config.KeySuggestion;
import dev.cfscale.parse.config.Position;
import dev.cfscale.parse.usage.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Workload}: the bundled defaults ({@code workload/defaults.yml}, the same text as
 * {@code workload.example.yml}) overlaid with a user's file. The defaults define the known keys; two
 * sections are open maps: {@code routes} (route name to its own share and overrides) and {@code d1.tables}
 * (table name to rows). Every mistake is a problem at file:line:col.
 */
public final class WorkloadExtractor {
  /** The bundled defaults, also published as workload.example.yml. */
  public static final String DEFAULTS_RESOURCE = "/workload/defaults.yml";
  private static final Set<String> ROUTE_KEYS = Set.of("share", "loop_iterations", "branch_probability", "cpu_ms_per_request");
  private static final Set<String> FRACTIONS = Set.of("share", "branch_probability", "cache_hit_ratio");
  private static final QuantityBounds BOUNDS = QuantityBounds.bundled();

  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Assumption> values = new LinkedHashMap<>();

  private WorkloadExtractor(String file) {
    this.file = file;
  }

  /** The workload and its problems; any error problem means the file must not be used. */
  public record Result(Workload workload, List<Problem> problems) {}

  /** The defaults alone. */
  public static Workload defaults() {
    WorkloadExtractor e = new WorkloadExtractor(Workload.DEFAULT_SOURCE);
    e.flatten("", defaultsTree(), Map.of());
    return new Workload(e.values);
  }

  /** The defaults overlaid with {@code root}, a user's file named {@code file}. */
  public static Result extract(String file, ConfigObject root) {
    Workload base = defaults();
    WorkloadExtractor e = new WorkloadExtractor(file);
    e.values.putAll(base.values());
    e.flatten("", root, base.values());
    e.checkShares();
    return new Result(new Workload(e.values), List.copyOf(e.problems));
  }

  private void flatten(String prefix, ConfigObject object, Map<String, Assumption> known) {
    for (Map.Entry<String, ConfigValue> e : object.entries().entrySet()) {
      String key = prefix + e.getKey();
      ConfigValue value = e.getValue();
      boolean open = key.equals("routes") || key.equals("d1.tables");
      if (value instanceof ConfigObject child) {
        if (!open && !known.isEmpty() && known.keySet().stream().noneMatch(k -> k.startsWith(key + "."))) {
          unknown(e.getKey(), value.position(), prefix, known);
        } else if (key.equals("routes")) {
          routes(child);
        } else {
          flatten(key + ".", child, open ? Map.of() : known);
        }
      } else if (!known.isEmpty() && !known.containsKey(key) && !prefix.equals("d1.tables.")) {
        unknown(e.getKey(), value.position(), prefix, known);
      } else {
        number(key, value);
      }
    }
  }

  private void routes(ConfigObject routes) {
    routes.entries().forEach((route, v) -> {
      if (!(v instanceof ConfigObject settings)) {
        error(v.position(), "routes.\"" + route + "\" must be a mapping such as { share: 0.5 }");
        return;
      }
      settings.entries().forEach((k, value) -> {
        if (ROUTE_KEYS.contains(k)) {
          number("routes." + route + "." + k, value);
        } else {
          error(value.position(), "unknown key \"" + k + "\" in routes.\"" + route + "\""
              + KeySuggestion.closest(k, ROUTE_KEYS).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
        }
      });
    });
  }

  private void number(String key, ConfigValue value) {
    if (!(value instanceof ConfigScalar s) || !(s.value() instanceof Number n)) {
      String hint = value instanceof ConfigScalar s && s.value() instanceof String ? " (write a plain number: the unit is in the key name)" : "";
      error(value.position(), key + " must be a number" + hint);
      return;
    }
    BigDecimal d = n instanceof Long l ? BigDecimal.valueOf(l) : BigDecimal.valueOf(n.doubleValue());
    String leaf = key.substring(key.lastIndexOf('.') + 1);
    java.util.Optional<String> beyond = BOUNDS.beyond(key, key.startsWith("d1.tables.") ? "tables" : leaf, d);
    if (d.signum() < 0) {
      error(value.position(), key + " must not be negative");
    } else if (FRACTIONS.contains(leaf) && d.compareTo(BigDecimal.ONE) > 0) {
      error(value.position(), key + " is a fraction between 0 and 1");
    } else if (beyond.isPresent()) {
      error(value.position(), beyond.get());
    } else {
      values.put(key, new Assumption(key, d, file.equals(Workload.DEFAULT_SOURCE) ? file
          : file + ":" + value.position().line() + ":" + value.position().column()));
    }
  }

  private void checkShares() {
    BigDecimal sum = values.entrySet().stream().filter(e -> e.getKey().startsWith("routes.") && e.getKey().endsWith(".share"))
        .map(e -> e.getValue().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(BigDecimal.ONE) > 0) {
      problems.add(Problem.error(new Location(file, 1, 1), "route shares add up to " + sum.toPlainString() + ", more than 1"));
    }
  }

  private void unknown(String key, Position at, String prefix, Map<String, Assumption> known) {
    Set<String> siblings = new java.util.TreeSet<>();
    known.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
        .map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k).forEach(siblings::add);
    if (prefix.isEmpty()) {
      siblings.add("routes");
    }
    String where = prefix.isEmpty() ? "the top level" : prefix.substring(0, prefix.length() - 1);
    error(at, "unknown key \"" + key + "\" in " + where
        + KeySuggestion.closest(key, siblings).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
  }

  private void error(Position at, String message) {
    problems.add(Problem.error(new Location(file, at.line(), at.column()), message));
  }

  private static ConfigObject defaultsTree() {
    try (InputStream in = WorkloadExtractor.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
      }
      return new YamlTreeReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ConfigSyntaxException e) {
      throw new IllegalStateException("bundled workload defaults do not parse: " + e.getMessage(), e);
    }
  }
}
