package dev.cfscale.facts.workload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The traffic assumptions of {@code cfscale plan}: the bundled defaults ({@code workload.example.yml})
 * overlaid with the user's workload file. Values are keyed by their dotted path ({@code traffic.peak_to_average},
 * {@code d1.tables.projects}, {@code routes.GET /api/x.share}); a key the defaults define is always present.
 */
public record Workload(Map<String, Assumption> values) {
  /** The source of a value taken from the bundled defaults. */
  public static final String DEFAULT_SOURCE = "default";

  public Workload {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A value the defaults define; a missing one is a bug (the defaults file lost a key). */
  public Assumption get(String key) {
    Assumption a = values.get(key);
    if (a == null) {
      throw new IllegalStateException("no workload default for " + key);
    }
    return a;
  }

  /** {@code routes.<route>.<key>} when the workload sets it for this route, else {@code traffic.<key>}. */
  public Assumption forRoute(String route, String key) {
    return Optional.ofNullable(values.get("routes." + route + "." + key)).orElseGet(() -> get("traffic." + key));
  }

  /** The share of project requests the workload gives a route, if it does. */
  public Optional<Assumption> routeShare(String route) {
    return Optional.ofNullable(values.get("routes." + route + ".share"));
  }

  /** Rows of a D1 table: {@code d1.tables.<table>} (any case), else {@code d1.table_rows}. */
  public Assumption tableRows(String table) {
    String prefix = "d1.tables.";
    return values.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getKey().substring(prefix.length()).toLowerCase(Locale.ROOT)
            .equals(table.toLowerCase(Locale.ROOT)))
        .map(Map.Entry::getValue).findFirst().orElseGet(() -> get("d1.table_rows"));
  }
}
