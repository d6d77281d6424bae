package dev.cfscale.facts.code;

import dev.cfscale.facts.BindingType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed Worker as a whole: its modules, its bindings (name -> type, from every environment of
 * the config), and what interprocedural analysis learned about parameters ({@link #seed}).
 */
final class Project {
  private final Map<Path, SourceModule> modules = new LinkedHashMap<>();
  private final Map<String, BindingType> bindings;
  private final ModuleGraph graph;
  private final Map<String, Value> seeds = new ConcurrentHashMap<>();
  private final Map<FunctionUnit, Integer> envParameters = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();

  Project(Map<String, BindingType> bindings, ModuleGraph graph) {
    this.bindings = Map.copyOf(bindings);
    this.graph = graph;
  }

  private final Map<String, ClassInfo> classes = new HashMap<>();

  void add(SourceModule module) {
    modules.put(module.path(), module);
    module.classes().forEach(classes::putIfAbsent);
  }

  /** A value stored with {@code c.set(name, value)} anywhere in the project. */
  Optional<Declaration.Variable> contextValue(String name) {
    for (SourceModule m : modules.values()) {
      Declaration.Variable v = m.contextValues().get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** A class declared anywhere in the project, by name. */
  Optional<ClassInfo> classNamed(String name) {
    return Optional.ofNullable(classes.get(name));
  }

  Iterable<SourceModule> modules() {
    return modules.values();
  }

  Optional<BindingType> bindingType(String name) {
    return Optional.ofNullable(bindings.get(name));
  }

  /** The module an import specifier written in {@code from} refers to, when it is part of the project. */
  Optional<SourceModule> imported(SourceModule from, String specifier) {
    return graph.resolve(from.path(), specifier).map(modules::get);
  }

  /** Records that parameter {@code index} of {@code unit} receives {@code value} at some call site. */
  void seed(FunctionUnit unit, int index, Value value) {
    if (!value.known()) {
      return;
    }
    Value previous = seeds.putIfAbsent(key(unit, index), value);
    if (previous == null) {
      changed.set(true);
    }
  }

  Optional<Value> seeded(FunctionUnit unit, int index) {
    return Optional.ofNullable(seeds.get(key(unit, index)));
  }

  /** Marks parameter {@code index} of a handler as the env object (fetch(request, env, ctx) and kin). */
  void markEnvParameter(FunctionUnit unit, int index) {
    envParameters.put(unit, index);
  }

  boolean isEnvParameter(FunctionUnit unit, int index) {
    Integer i = envParameters.get(unit);
    return i != null && i == index;
  }

  /** True once since the last call when a new seed was added (drives the fixpoint). */
  boolean takeChanged() {
    return changed.getAndSet(false);
  }

  private static String key(FunctionUnit unit, int index) {
    return System.identityHashCode(unit) + "#" + unit + "#" + index;
  }
}
