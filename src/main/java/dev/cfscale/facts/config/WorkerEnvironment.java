package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The effective configuration of one Worker in one environment, after wrangler's inheritance rules:
 * what a deploy with {@code --env name} would ship. {@code environment} is empty for the top level.
 */
public record WorkerEnvironment(
    String file,
    String workerName,
    Optional<String> environment,
    WorkerKind kind,
    Location location,
    Optional<Setting> main,
    Optional<Setting> compatibilityDate,
    List<Binding> bindings,
    List<String> requiredSecrets,
    List<Var> vars,
    List<QueueConsumer> queueConsumers,
    List<DurableObjectMigration> migrations,
    Set<String> exportedDurableObjectClasses,
    Optional<Observability> observability,
    boolean otherTelemetry,
    Optional<Setting> cpuLimit,
    Optional<Location> site,
    boolean hasAssets,
    boolean hasPlacement,
    List<InheritanceGap> inheritanceGaps,
    List<PublicRoute> routes,
    Optional<Location> nameLocation) {

  /**
   * {@code otherTelemetry}: tail consumers or Logpush export the Worker's events elsewhere; {@code nameLocation}: where
   * the effective {@code name} is written (the environment's own, else the top level's), empty when the config has none.
   */

  public WorkerEnvironment {
    routes = List.copyOf(routes);
  }

  /** How findings name the environment: the env name, or {@code top-level}. */
  public String environmentLabel() {
    return environment.orElse("top-level");
  }

  /** True for wrangler.json / wrangler.jsonc, so fixes can be written in the config's own syntax. */
  public boolean jsonConfig() {
    return file.endsWith(".json") || file.endsWith(".jsonc");
  }

  public List<Binding> bindings(BindingType type) {
    return bindings.stream().filter(b -> b.type() == type).toList();
  }
}
