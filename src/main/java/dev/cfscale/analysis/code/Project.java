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
  private final Map<Parameter, Value> seeds = new ConcurrentHashMap<>();
  private final Map<Parameter, Map<String, Location>> textSeeds = new ConcurrentHashMap<>();
  private final Map<Parameter, Map<String, Location>> elementSeeds = new ConcurrentHashMap<>();
  /** Parameters some caller passes something other than a string literal or constant. */
  private final java.util.Set<Parameter> notOnlyConstantText = ConcurrentHashMap.newKeySet();
  private final Map<FunctionUnit, Integer> envParameters = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();
  /** What the module being collected on this thread has read ({@link #readingFor}), or null. */
  private final ThreadLocal<Reads> reads = new ThreadLocal<>();

  /** Parameter {@code index} of {@code unit} (units compare by identity). */
  record Parameter(FunctionUnit unit, int index) {}

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
    Parameter key = new Parameter(unit, index);
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
    Parameter key = new Parameter(unit, index);
    Map<String, Location> texts = textSeeds.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>());
    Location first = texts.putIfAbsent(t.text(), callSite);
    if (first == null) {
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
    Map<String, Location> known = elementSeeds.computeIfAbsent(new Parameter(unit, index), k -> new ConcurrentSkipListMap<>());
    texts.forEach((text, at) -> {
      if (known.putIfAbsent(text, at) == null) {
        changed.set(true);
      }
    });
  }

  /** Every string of the lists passed to parameter {@code index} of {@code unit}. */
  Map<String, Location> seededElements(FunctionUnit unit, int index) {
    Parameter key = new Parameter(unit, index);
    observe(Answer.ELEMENTS, key);
    return elementSeeds.getOrDefault(key, Map.of());
  }

  /** True when every caller passes parameter {@code index} a string constant. */
  boolean onlyConstantText(FunctionUnit unit, int index) {
    return (Boolean) observe(Answer.ONLY_CONSTANT_TEXT, new Parameter(unit, index));
  }

  /** Every string passed to parameter {@code index} of {@code unit}, with where it is passed. */
  Map<String, Location> seededTexts(FunctionUnit unit, int index) {
    Parameter key = new Parameter(unit, index);
    observe(Answer.TEXTS, key);
    return textSeeds.getOrDefault(key, Map.of());
  }

  /**
   * What parameter {@code index} of {@code unit} holds. A string counts only when every caller passes
   * that same string: a helper called with "config" at one site and a user id at another must not
   * look like it always reads one constant key.
   */
  @SuppressWarnings("unchecked")
  Optional<Value> seeded(FunctionUnit unit, int index) {
    return (Optional<Value>) observe(Answer.SEEDED, new Parameter(unit, index));
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
   * The questions about a parameter a collection can ask, each answered from this project's current seeds.
   * Every read of per-parameter state goes through {@link #observe}, so a round knows which modules must be
   * collected again: a new question about parameters is a new constant here, answered in {@link #answer}.
   */
  enum Answer { SEEDED, TEXTS, ELEMENTS, ONLY_CONSTANT_TEXT }

  private Object answer(Answer question, Parameter key) {
    return switch (question) {
      case SEEDED -> seeded(key);
      case TEXTS -> Map.copyOf(textSeeds.getOrDefault(key, Map.of()));
      case ELEMENTS -> Map.copyOf(elementSeeds.getOrDefault(key, Map.of()));
      case ONLY_CONSTANT_TEXT -> !notOnlyConstantText.contains(key);
    };
  }

  /** One question asked about one parameter. */
  record Question(Answer question, Parameter parameter) {}

  /** The answer to {@code question} now, recorded (the first time) for the module being collected on this thread. */
  private Object observe(Answer question, Parameter key) {
    Reads r = reads.get();
    if (r == null) {
      return answer(question, key);
    }
    return r.answers().computeIfAbsent(new Question(question, key), q -> answer(q.question(), q.parameter()));
  }

  /**
   * What one module's collection read about parameters: the first answer to each question. A later round
   * collects the module again only when one of them would now be answered differently.
   */
  record Reads(Map<Question, Object> answers) {
    static final Reads NONE = new Reads(Map.of());
  }

  /** Runs {@code collect} (one module's collection, on this thread) and returns what it read. */
  Reads readingFor(Runnable collect) {
    Reads read = new Reads(new java.util.HashMap<>());
    reads.set(read);
    try {
      collect.run();
    } finally {
      reads.remove();
    }
    return read;
  }

  /** True when a question {@code read} asked would now be answered differently. */
  boolean differs(Reads read) {
    for (Map.Entry<Question, Object> seen : read.answers().entrySet()) {
      if (!seen.getValue().equals(answer(seen.getKey().question(), seen.getKey().parameter()))) {
        return true;
      }
    }
    return false;
  }
}
