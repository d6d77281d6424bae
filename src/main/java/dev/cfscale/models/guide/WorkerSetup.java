package dev.cfscale.models.guide;

import java.util.List;

/**
 * Section 1 for one Worker: its config, how much code was read, its environments, each binding with the
 * resource it points to in every environment (empty where the environment lacks it), what is configured well
 * and what the audit found missing in the config.
 */
public record WorkerSetup(String worker, String config, int modules, List<String> environments, List<BindingRow> bindings,
    List<Check> configuredWell, List<Check> missing) {

  public WorkerSetup {
    environments = List.copyOf(environments);
    bindings = List.copyOf(bindings);
    configuredWell = List.copyOf(configuredWell);
    missing = List.copyOf(missing);
  }

  /**
   * One binding name across environments: its kind ("D1 Database") and the resource in each environment, in
   * the order of {@link #environments()} (an empty string where that environment does not define it).
   */
  public record BindingRow(String kind, String name, List<String> resources) {

    public BindingRow {
      resources = List.copyOf(resources);
    }

    /** True when some environment lacks this binding. */
    public boolean missingSomewhere() {
      return resources.stream().anyMatch(String::isEmpty);
    }
  }
}
