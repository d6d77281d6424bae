package dev.cfscale.analysis.code;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The analysed Worker as a whole: its modules, its bindings (name -> type, from every environment of
 * the config), and what interprocedural analysis learned about parameters ({@link #seed}).
 */
public final class Project {
  private final Map<Path, SourceModule> modules = new LinkedHashMap<>();
  private final Map<String, BindingType> bindings;
  private final ModuleGraph graph;
  private final Map<Parameter, Value> seeds = new ConcurrentHashMap<>();
  private final Map<Parameter, Map<String, Location>> textSeeds = new ConcurrentHashMap<>();
  /** Parameters some caller passes something other than a string literal or constant. */
  private final java.util.Set<Parameter> notOnlyConstantText = ConcurrentHashMap.newKeySet();
  private final Map<FunctionUnit, Integer> envParameters = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();
  /** Parameters whose seeds changed since the last {@link #takeChangedParameters()} (what a round changed). */
  private final java.util.Set<Parameter> changedParameters = ConcurrentHashMap.newKeySet();
  /** What the module being collected on this thread has read ({@link #readingFor}), or null. */
  private final ThreadLocal<Reads> reads = new ThreadLocal<>();

  /** Parameter {@code index} of {@code unit} (units compare by identity). */
  record Parameter(FunctionUnit unit, int index) {}

  private final java.util.List<Convention> conventions;

  Project(Map<String, BindingType> bindings, ModuleGraph graph, java.util.List<Convention> conventions) {
    this.bindings = Map.copyOf(bindings);
    this.graph = graph;
    this.conventions = java.util.List.copyOf(conventions);
  }

  /** The framework conventions the engine asks about entries, values and operations. */
  public java.util.List<Convention> conventions() {
    return conventions;
  }

  private final Map<String, ClassInfo> classes = new HashMap<>();

  void add(SourceModule module) {
    modules.put(module.path(), module);
    module.classes().forEach(classes::putIfAbsent);
  }

  /** A value stored with {@code c.set(name, value)} anywhere in the project. */
  public Optional<Declaration.Variable> contextValue(String name) {
    for (SourceModule m : modules.values()) {
      Declaration.Variable v = m.contextValues().get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** A class declared anywhere in the project, by name. */
  public Optional<ClassInfo> classNamed(String name) {
    return Optional.ofNullable(classes.get(name));
  }

  public Iterable<SourceModule> modules() {
    return modules.values();
  }

  public Optional<BindingType> bindingType(String name) {
    return Optional.ofNullable(bindings.get(name));
  }

  /** The module an import specifier written in {@code from} refers to, when it is part of the project. */
  public Optional<SourceModule> imported(SourceModule from, String specifier) {
    return graph.resolve(from.path(), specifier).map(modules::get);
  }

  /** Records that parameter {@code index} of {@code unit} receives {@code value} at some call site. */
  void seed(FunctionUnit unit, int index, Value value) {
    Parameter key = new Parameter(unit, index);
    if (!(value instanceof Value.Text) && notOnlyConstantText.add(key)) {
      changed(key);
    }
    if (!value.known()) {
      return;
    }
    Value previous = seeds.putIfAbsent(key, value);
    if (previous == null) {
      changed(key);
    }
  }

  private void changed(Parameter key) {
    changedParameters.add(key);
    changed.set(true);
  }

  /**
   * Records every distinct string passed to parameter {@code index} (with the first call site, in
   * file order), so a query helper called with several SQL texts is analysed once per text.
   */
  void seedText(FunctionUnit unit, int index, Value value, Location callSite) {
    if (!(value instanceof Value.Text t)) {
      return;
    }
    Parameter key = new Parameter(unit, index);
    Map<String, Location> texts = textSeeds.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>());
    Location first = texts.putIfAbsent(t.text(), callSite);
    if (first == null) {
      changed(key);
    } else if (callSite.compareTo(first) < 0) {
      // an earlier call site of a known text: readers see it, though it starts no new round
      texts.merge(t.text(), callSite, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      changedParameters.add(key);
    }
  }

  /** Every string passed to parameter {@code index} of {@code unit}, with where it is passed. */
  Map<String, Location> seededTexts(FunctionUnit unit, int index) {
    Parameter key = new Parameter(unit, index);
    Map<String, Location> texts = textSeeds.getOrDefault(key, Map.of());
    Reads r = reads.get();
    if (r != null) {
      r.texts().putIfAbsent(key, Map.copyOf(texts));
    }
    return texts;
  }

  /**
   * What parameter {@code index} of {@code unit} holds. A string counts only when every caller passes
   * that same string: a helper called with "config" at one site and a user id at another must not
   * look like it always reads one constant key.
   */
  Optional<Value> seeded(FunctionUnit unit, int index) {
    Parameter key = new Parameter(unit, index);
    Optional<Value> seeded = seeded(key);
    Reads r = reads.get();
    if (r != null) {
      r.seeds().putIfAbsent(key, seeded);
    }
    return seeded;
  }

  private Optional<Value> seeded(Parameter key) {
    Value value = seeds.get(key);
    if (value instanceof Value.Text && (notOnlyConstantText.contains(key) || textSeeds.getOrDefault(key, Map.of()).size() > 1)) {
      return Optional.empty();
    }
    return Optional.ofNullable(value);
  }

  /** Marks parameter {@code index} of a handler as the env object (fetch(request, env, ctx) and kin). */
  public void markEnvParameter(FunctionUnit unit, int index) {
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

  /**
   * What one module's collection read about parameters: {@link #seeded} and {@link #seededTexts} answers, the
   * first answer per parameter. A later round collects the module again only when one of them would differ.
   */
  record Reads(Map<Parameter, Optional<Value>> seeds, Map<Parameter, Map<String, Location>> texts) {
    static final Reads NONE = new Reads(Map.of(), Map.of());
  }

  /** Runs {@code collect} (one module's collection, on this thread) and returns what it read. */
  Reads readingFor(Runnable collect) {
    Reads read = new Reads(new java.util.HashMap<>(), new java.util.HashMap<>());
    reads.set(read);
    try {
      collect.run();
    } finally {
      reads.remove();
    }
    return read;
  }

  /** True when a parameter in {@code changed} now answers differently from what {@code read} saw. */
  boolean differs(Reads read, java.util.Set<Parameter> changed) {
    for (Parameter key : changed) {
      Optional<Value> seen = read.seeds().get(key);
      if (seen != null && !seen.equals(seeded(key))) {
        return true;
      }
      Map<String, Location> texts = read.texts().get(key);
      if (texts != null && !texts.equals(textSeeds.getOrDefault(key, Map.of()))) {
        return true;
      }
    }
    return false;
  }

  /** The parameters whose seeds changed since the last call (an earlier call site of a known text included). */
  java.util.Set<Parameter> takeChangedParameters() {
    java.util.Set<Parameter> out = new java.util.HashSet<>(changedParameters);
    changedParameters.removeAll(out);
    return out;
  }

}
