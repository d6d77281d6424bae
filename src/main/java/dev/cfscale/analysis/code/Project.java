package dev.cfscale.analysis.code;

import dev.cfscale.facts.config.BindingType;
import dev.cfscale.findings.Location;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
  private static final int MAX_REEXPORT_DEPTH = 5;
  private final Map<String, BindingType> bindings;
  private final ModuleGraph graph;
  private final Map<String, Value> seeds = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Location>> textSeeds = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Location>> elementSeeds = new ConcurrentHashMap<>();
  /** Parameters some caller passes something other than a string literal or constant. */
  private final java.util.Set<String> notOnlyConstantText = ConcurrentHashMap.newKeySet();
  private final Map<FunctionUnit, Integer> envParameters = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();

  private final java.util.List<Convention> conventions;

  /** Durable Object class -> the binding that names it (the first binding, when several do). */
  private final Map<String, String> durableObjectBindings = new HashMap<>();

  Project(Map<String, BindingType> bindings, ModuleGraph graph, java.util.List<Convention> conventions,
      Map<String, String> durableObjectClassesByBinding) {
    this.bindings = Map.copyOf(bindings);
    this.graph = graph;
    this.conventions = java.util.List.copyOf(conventions);
    durableObjectClassesByBinding.forEach((binding, className) -> durableObjectBindings.putIfAbsent(className, binding));
  }

  /** The binding of the config that names Durable Object class {@code className}, as a value. */
  public Optional<Value.Binding> durableObjectBinding(String className) {
    return Optional.ofNullable(durableObjectBindings.get(className)).flatMap(b -> bindingType(b).map(t -> new Value.Binding(b, t)));
  }

  /** The Durable Object class of the first binding (by name) whose name passes {@code bindingName}. */
  public Optional<String> durableObjectClassNamed(java.util.function.Predicate<String> bindingName) {
    return durableObjectBindings.entrySet().stream().filter(e -> bindingName.test(e.getValue()))
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).findFirst();
  }

  /** The Durable Object class a binding names, when the config says. */
  public Optional<String> durableObjectClass(String binding) {
    return durableObjectBindings.entrySet().stream().filter(e -> e.getValue().equals(binding)).map(Map.Entry::getKey).sorted().findFirst();
  }

  /** The framework conventions the engine asks about entries, values and operations. */
  public java.util.List<Convention> conventions() {
    return conventions;
  }

  private final Map<String, ClassInfo> classes = new HashMap<>();

  void add(SourceModule module) {
    modules.put(module.path(), module);
    module.classes().forEach(classes::putIfAbsent);
    Map<String, Optional<Declaration>> resolved = new ConcurrentHashMap<>();
    module.useAutoImports(name -> {
      Optional<Declaration> known = resolved.get(name); // no computeIfAbsent: resolving may look up names of this module again
      if (known == null) {
        known = autoImport(module, name);
        resolved.put(name, known);
      }
      return known;
    });
  }

  /**
   * Links {@code export * from "./x"}: every name {@code ./x} exports (after its own re-exports) becomes an export of
   * the barrel module, standing for the import it forwards. Chains of barrels are followed a few levels deep.
   */
  void linkReexports() {
    for (int round = 0; round < MAX_REEXPORT_DEPTH; round++) {
      boolean grew = false;
      for (SourceModule module : modules.values()) {
        for (String specifier : module.exportAllFrom()) {
          Optional<SourceModule> target = imported(module, specifier);
          if (target.isEmpty() || target.get() == module) {
            continue;
          }
          for (String name : List.copyOf(target.get().exports().keySet())) {
            if (!name.equals("default") && !module.exports().containsKey(name)) {
              module.exports().put(name, name);
              module.topLevel().declare(name, new Declaration.Import(module, specifier, name));
              grew = true;
            }
          }
        }
      }
      if (!grew) {
        return;
      }
    }
  }

  /** What the first convention that imports {@code name} implicitly into {@code module} says it is. */
  private Optional<Declaration> autoImport(SourceModule module, String name) {
    for (Convention convention : conventions) {
      Optional<Declaration> d = convention.autoImport(module, name, this);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
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

  /** The names of the bindings of {@code type}, sorted. */
  public java.util.List<String> bindingsOfType(BindingType type) {
    return bindings.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).sorted().toList();
  }

  /** The module an import specifier written in {@code from} refers to, when it is part of the project. */
  public Optional<SourceModule> imported(SourceModule from, String specifier) {
    return graph.resolve(from.path(), specifier).map(modules::get);
  }

  /** Records that parameter {@code index} of {@code unit} receives {@code value} at some call site. */
  void seed(FunctionUnit unit, int index, Value value) {
    String key = key(unit, index);
    if (!(value instanceof Value.Text) && notOnlyConstantText.add(key)) {
      changed.set(true);
    }
    if (!value.known()) {
      return;
    }
    Value previous = seeds.putIfAbsent(key, value);
    if (previous == null) {
      changed.set(true);
    }
  }

  /**
   * Records every distinct string passed to parameter {@code index} (with the first call site, in
   * file order), so a query helper called with several SQL texts is analysed once per text.
   */
  void seedText(FunctionUnit unit, int index, Value value, Location callSite) {
    if (!(value instanceof Value.Text t)) {
      return;
    }
    Map<String, Location> texts = textSeeds.computeIfAbsent(key(unit, index), k -> new ConcurrentSkipListMap<>());
    if (texts.putIfAbsent(t.text(), callSite) == null) {
      changed.set(true);
    } else {
      texts.merge(t.text(), callSite, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  /**
   * Records the strings of a list passed to parameter {@code index} ({@code runAll(db, [SQL_A, SQL_B])}), so that a
   * helper preparing each element is analysed once per text.
   */
  void seedElements(FunctionUnit unit, int index, Map<String, Location> texts) {
    Map<String, Location> known = elementSeeds.computeIfAbsent(key(unit, index), k -> new ConcurrentSkipListMap<>());
    texts.forEach((text, at) -> {
      if (known.putIfAbsent(text, at) == null) {
        changed.set(true);
      }
    });
  }

  /** Every string of the lists passed to parameter {@code index} of {@code unit}. */
  Map<String, Location> seededElements(FunctionUnit unit, int index) {
    return elementSeeds.getOrDefault(key(unit, index), Map.of());
  }

  /** True when every caller passes parameter {@code index} a string constant. */
  boolean onlyConstantText(FunctionUnit unit, int index) {
    return !notOnlyConstantText.contains(key(unit, index));
  }

  /** Every string passed to parameter {@code index} of {@code unit}, with where it is passed. */
  Map<String, Location> seededTexts(FunctionUnit unit, int index) {
    return textSeeds.getOrDefault(key(unit, index), Map.of());
  }

  /**
   * What parameter {@code index} of {@code unit} holds. A string counts only when every caller passes
   * that same string: a helper called with "config" at one site and a user id at another must not
   * look like it always reads one constant key.
   */
  Optional<Value> seeded(FunctionUnit unit, int index) {
    String key = key(unit, index);
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

  private static String key(FunctionUnit unit, int index) {
    return System.identityHashCode(unit) + "#" + unit + "#" + index;
  }
}
