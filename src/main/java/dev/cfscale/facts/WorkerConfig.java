package dev.cfscale.facts;

import dev.cfscale.facts.code.CodeFacts;
import dev.cfscale.facts.code.CodeReading;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.config.ConfigOrigin;
import dev.cfscale.facts.config.DeploySetup;
import dev.cfscale.facts.config.UnknownKey;
import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One wrangler config file (or a Worker without one): its top-level Worker name, every environment it defines
 * (top level first), the keys wrangler's schema does not know, what the config is to the project
 * ({@code origin}), what its scripts say about deploying it ({@code deploy}), which code was read, how it was
 * found and which config names it mentions ({@code reading}), and what code analysis found there.
 */
public record WorkerConfig(String file, String topLevelName, List<WorkerEnvironment> environments, List<UnknownKey> unknownKeys,
    ConfigOrigin origin, DeploySetup deploy, CodeReading reading, CodeFacts code, List<D1BindingAnalysis> d1,
    List<D1BindingAnalysis> durableObjectSql) {

  public WorkerConfig {
    environments = List.copyOf(environments);
    unknownKeys = List.copyOf(unknownKeys);
    d1 = List.copyOf(d1);
    durableObjectSql = List.copyOf(durableObjectSql);
  }

  /** A config as the model builder reads it, before anything outside the file is known. */
  public static WorkerConfig of(String file, String topLevelName, List<WorkerEnvironment> environments, List<UnknownKey> unknownKeys) {
    return new WorkerConfig(file, topLevelName, environments, unknownKeys, ConfigOrigin.STANDARD, DeploySetup.NONE, CodeReading.NONE,
        CodeFacts.NONE, List.of(), List.of());
  }

  /** The same config with what it is to the project and what its deploy scripts say. */
  public WorkerConfig withContext(ConfigOrigin newOrigin, DeploySetup newDeploy) {
    return new WorkerConfig(file, topLevelName, environments, unknownKeys, newOrigin, newDeploy, reading, code, d1, durableObjectSql);
  }

  /** The same config with the facts code analysis found, and which code it read. */
  public WorkerConfig withCode(CodeFacts facts, CodeReading read) {
    return new WorkerConfig(file, topLevelName, environments, unknownKeys, origin, deploy, read, facts, d1, durableObjectSql);
  }

  /** The same config with the facts code analysis found. */
  public WorkerConfig withCode(CodeFacts facts) {
    return withCode(facts, reading);
  }

  /** The same config with the D1 advisor's analyses. */
  public WorkerConfig withD1(List<D1BindingAnalysis> analyses) {
    return new WorkerConfig(file, topLevelName, environments, unknownKeys, origin, deploy, reading, code, analyses, durableObjectSql);
  }

  /**
   * The same config with the advisor's analyses of SQLite-backed Durable Object classes (one per class
   * that sends SQL through {@code ctx.storage.sql.exec}, named by the class).
   */
  public WorkerConfig withDurableObjectSql(List<D1BindingAnalysis> analyses) {
    return new WorkerConfig(file, topLevelName, environments, unknownKeys, origin, deploy, reading, code, d1, analyses);
  }

  /** How findings name each analysed environment ("top-level", "staging"), in config order. */
  public List<String> environmentLabels() {
    return environments.stream().map(WorkerEnvironment::environmentLabel).toList();
  }

  /** Every binding name of every environment, with its type (code may run in any of them). */
  public Map<String, BindingType> bindingTypes() {
    Map<String, BindingType> out = new LinkedHashMap<>();
    environments.forEach(e -> e.bindings().forEach(b -> out.putIfAbsent(b.name(), b.type())));
    return out;
  }

  /** Binding name -> class of the Durable Objects this Worker defines itself (bound without script_name). */
  public Map<String, String> localDurableObjectBindings() {
    Map<String, String> out = new LinkedHashMap<>();
    environments.forEach(e -> e.bindings(BindingType.DURABLE_OBJECT).stream().filter(b -> b.text("script_name").isEmpty())
        .forEach(b -> b.text("class_name").ifPresent(c -> out.putIfAbsent(b.name(), c))));
    return out;
  }

  /**
   * Durable Object classes a migration of this Worker creates on the key-value backend ({@code new_classes}): their
   * storage values are capped far lower than a SQLite-backed object's.
   */
  public Set<String> kvBackedDurableObjectClasses() {
    Set<String> out = new LinkedHashSet<>();
    environments.forEach(e -> e.migrations().forEach(m -> out.addAll(m.newKvClasses().keySet())));
    return out;
  }

  /** Workflow classes this Worker defines itself (bound without script_name). */
  public Set<String> localWorkflowClasses() {
    Set<String> out = new LinkedHashSet<>();
    environments.forEach(e -> e.bindings(BindingType.WORKFLOW).stream().filter(b -> b.text("script_name").isEmpty())
        .forEach(b -> b.text("class_name").ifPresent(out::add)));
    return out;
  }

  /** Durable Object classes this Worker defines itself (bound without script_name). */
  public Set<String> localDurableObjectClasses() {
    Set<String> out = new LinkedHashSet<>();
    environments.forEach(e -> e.bindings(BindingType.DURABLE_OBJECT).stream().filter(b -> b.text("script_name").isEmpty())
        .forEach(b -> b.text("class_name").ifPresent(out::add)));
    return out;
  }
}
