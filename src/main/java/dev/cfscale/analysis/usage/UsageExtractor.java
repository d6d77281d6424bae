package dev.cfscale.analysis.usage;

import dev.cfscale.facts.usage.ProductUsage;
import dev.cfscale.facts.usage.Usage;
import dev.cfscale.facts.usage.UsageKeys;
import dev.cfscale.facts.usage.ModelUsage;
import dev.cfscale.facts.usage.UsageKey;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.config.ConfigArray;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigScalar;
import dev.cfscale.parse.config.ConfigValue;
import dev.cfscale.parse.config.KeySuggestion;
import dev.cfscale.parse.config.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a parsed usage file against {@link UsageKeys} and builds {@link Usage}. Every mistake
 * (unknown key, a unit written into a value, a negative quantity) is a problem at file:line:col.
 */
public final class UsageExtractor {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  public UsageExtractor(String file) {
    this.file = file;
  }

  /** The usage and the problems found; any error problem means the file must not be used. */
  public record Result(Usage usage, List<Problem> problems) {}

  public Result extract(ConfigObject root) {
    Optional<String> plan = Optional.empty();
    Map<String, ProductUsage> products = new LinkedHashMap<>();
    Map<String, Long> tableRows = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> e : root.entries().entrySet()) {
      String key = e.getKey();
      if (key.equals("plan")) {
        plan = plan(e.getValue());
      } else if (UsageKeys.products().contains(key)) {
        product(key, e.getValue(), tableRows).ifPresent(p -> products.put(key, p));
      } else {
        unknown(key, e.getValue().position(), concat(UsageKeys.products(), Set.of("plan")), "the top level");
      }
    }
    return new Result(new Usage(plan, products, tableRows), List.copyOf(problems));
  }

  private Optional<String> plan(ConfigValue value) {
    if (value instanceof ConfigScalar s && ("free".equals(s.value()) || "paid".equals(s.value()))) {
      return Optional.of((String) s.value());
    }
    error(value.position(), "plan must be free or paid");
    return Optional.empty();
  }

  private Optional<ProductUsage> product(String product, ConfigValue value, Map<String, Long> tableRows) {
    if (!(value instanceof ConfigObject section)) {
      error(value.position(), product + " must be a mapping of usage keys");
      return Optional.empty();
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    Map<String, Map<String, BigDecimal>> bindings = new LinkedHashMap<>();
    List<ModelUsage> models = new ArrayList<>();
    for (Map.Entry<String, ConfigValue> e : section.entries().entrySet()) {
      String key = e.getKey();
      if (key.equals("bindings")) {
        bindings(product, e.getValue(), bindings);
      } else if (product.equals("d1") && key.equals("table_rows")) {
        tableRows(e.getValue(), tableRows);
      } else if (product.equals("workers_ai") && key.equals("models")) {
        models(e.getValue(), models);
      } else if (UsageKeys.find(product, key).isPresent()) {
        quantity(product + "." + key, e.getValue()).ifPresent(q -> values.put(key, q));
      } else {
        unknown(key, e.getValue().position(), concat(UsageKeys.names(product), Set.of("bindings")), product);
      }
    }
    BigDecimal sampling = values.get("head_sampling_rate");
    if (sampling != null && sampling.compareTo(BigDecimal.ONE) > 0) {
      error(section.get("head_sampling_rate").orElseThrow().position(), "workers_logs.head_sampling_rate must be between 0 and 1");
    }
    return Optional.of(new ProductUsage(product, values, bindings, models));
  }

  private void bindings(String product, ConfigValue value, Map<String, Map<String, BigDecimal>> out) {
    if (!(value instanceof ConfigObject byName)) {
      error(value.position(), product + ".bindings must map binding names to usage");
      return;
    }
    byName.entries().forEach((name, v) -> {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      if (v instanceof ConfigObject o) {
        o.entries().forEach((key, q) -> {
          Optional<UsageKey> known = UsageKeys.find(product, key).filter(UsageKey::scales);
          if (known.isEmpty()) {
            unknown(key, q.position(), UsageKeys.names(product), product + ".bindings." + name
                + " (only monthly and stored quantities can differ per binding)");
          } else {
            quantity(product + ".bindings." + name + "." + key, q).ifPresent(d -> values.put(key, d));
          }
        });
      } else {
        error(v.position(), product + ".bindings." + name + " must be a mapping");
      }
      out.put(name, values);
    });
  }

  private void tableRows(ConfigValue value, Map<String, Long> out) {
    if (!(value instanceof ConfigObject tables)) {
      error(value.position(), "d1.table_rows must map table names to row counts");
      return;
    }
    tables.entries().forEach((table, n) -> quantity("d1.table_rows." + table, n).ifPresent(q -> out.put(table, q.longValue())));
  }

  private void models(ConfigValue value, List<ModelUsage> out) {
    if (!(value instanceof ConfigArray list)) {
      error(value.position(), "workers_ai.models must be a list");
      return;
    }
    for (ConfigValue item : list.items()) {
      if (!(item instanceof ConfigObject m) || m.string("model").isEmpty()) {
        error(item.position(), "each workers_ai.models entry needs model: \"@cf/...\"");
        continue;
      }
      m.entries().forEach((k, v) -> {
        if (!UsageKeys.MODEL_KEYS.contains(k)) {
          unknown(k, v.position(), UsageKeys.MODEL_KEYS, "workers_ai.models[]");
        }
      });
      out.add(new ModelUsage(m.string("model").orElseThrow(), modelQuantity(m, "requests_per_month"),
          modelQuantity(m, "input_tokens_per_request"), modelQuantity(m, "output_tokens_per_request")));
    }
  }

  private BigDecimal modelQuantity(ConfigObject m, String key) {
    return m.get(key).flatMap(v -> quantity("workers_ai.models[]." + key, v)).orElse(BigDecimal.ZERO);
  }

  private Optional<BigDecimal> quantity(String path, ConfigValue value) {
    if (value instanceof ConfigScalar s && s.value() instanceof Number n) {
      BigDecimal d = n instanceof Long l ? BigDecimal.valueOf(l) : BigDecimal.valueOf(n.doubleValue());
      if (d.signum() < 0) {
        error(value.position(), path + " must not be negative");
        return Optional.empty();
      }
      Optional<String> beyond = QuantityBounds.bundled().beyond(path, measure(path), d);
      beyond.ifPresent(message -> error(value.position(), message));
      return beyond.isPresent() ? Optional.empty() : Optional.of(d);
    }
    String hint = value instanceof ConfigScalar s && s.value() instanceof String
        ? " (write a plain number: the unit is in the key name, e.g. 15000000 not \"15M\")" : "";
    error(value.position(), path + " must be a number" + hint);
    return Optional.empty();
  }

  /** What a key measures, for its bound: a table's rows are {@code table_rows}, anything else its own name. */
  private static String measure(String path) {
    return path.startsWith("d1.table_rows.") ? "table_rows" : path.substring(path.lastIndexOf('.') + 1);
  }

  private void unknown(String key, Position at, Set<String> known, String where) {
    Optional<String> suggestion = KeySuggestion.closest(key, known);
    error(at, "unknown key \"" + key + "\" in " + where + suggestion.map(s -> "; did you mean \"" + s + "\"?").orElse(""));
  }

  private void error(Position at, String message) {
    problems.add(Problem.error(new Location(file, at.line(), at.column()), message));
  }

  private static Set<String> concat(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }
}
