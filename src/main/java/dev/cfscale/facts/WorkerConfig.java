package dev.cfscale.facts;

import java.util.List;

/**
 * One wrangler config file: its top-level Worker name, every environment it defines (top level
 * first) and the keys wrangler's schema does not know.
 */
public record WorkerConfig(String file, String topLevelName, List<WorkerEnvironment> environments, List<UnknownKey> unknownKeys) {

  public WorkerConfig {
    environments = List.copyOf(environments);
    unknownKeys = List.copyOf(unknownKeys);
  }
}
