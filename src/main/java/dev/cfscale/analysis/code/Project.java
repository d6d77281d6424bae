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
 *
 * <p>Modules are indexed once per run and shared by every Worker that reaches them; what depends on the Worker
 * (re-exports linked through its import resolution, a framework's implicit imports) lives here, and the modules
 * and units ask the project the current thread analyses ({@link #current}, set by {@link #within}). Every read
 * of per-Worker state goes through {@link #observe}, so a module's collection can be reused by another Worker
 * whose project answers each question it asked the same way ({@link #differs}).
 */
public final class Project {
  /** The project the current thread analyses, or null (indexing, or code outside an analysis). */
  private static final ThreadLocal<Project> CURRENT = new ThreadLocal<>();
  private final Map<Path, SourceModule> modules = new LinkedHashMap<>();
  private static final int MAX_REEXPORT_DEPTH = 5;
  private final Map<String, BindingType> bindings;
  /** The names of the bindings of each type, sorted: asked again each time a kept collection is checked for reuse. */
  private final Map<BindingType, List<String>> bindingsByType;
  private final ModuleGraph graph;
  private final Map<Parameter, Seed> seeds = new ConcurrentHashMap<>();
  private final Map<Parameter, Map<String, Location>> textSeeds = new ConcurrentHashMap<>();
  private final Map<Parameter, Map<String, Location>> elementSeeds = new ConcurrentHashMap<>();
  /** Parameters some caller passes something other than a string literal or constant. */
  private final java.util.Set<Parameter> notOnlyConstantText = ConcurrentHashMap.newKeySet();
  /** The project functions callers pass to each parameter (a handler factory receives one per route). */
  private final Map<Parameter, java.util.Set<FunctionUnit>> functionSeeds = new ConcurrentHashMap<>();
  private final Map<FunctionUnit, Integer> envParameters = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
  /** The {@link #version} of the last change to each parameter's seeds. */
  private final Map<Parameter, Long> changedAt = new ConcurrentHashMap<>();
  /** What the module being collected on this thread has read ({@link #readingFor}), or null. */
  private final ThreadLocal<Reads> reads = new ThreadLocal<>();

  /**
   * Parameter {@code index} of {@code unit} (units compare by identity). Equality and hash are written out: they run
   * millions of times per monorepo (every seed and every reuse check), and the quick compiler a short run uses does
   * not inline a record's generated ones.
   */
  record Parameter(FunctionUnit unit, int index) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Parameter p && p.unit == unit && p.index == index;
    }

    @Override
    public int hashCode() {
      return unit.hashCode() * 31 + index;
    }
  }

  /** What a parameter is seeded with, and the call site that passed it. */
  private record Seed(Value value, Location at) {

    /**
     * The seed to keep of this one and {@code offered}: the earlier call site's (by file and position), whichever
     * parallel worker got there first; the same site's latest value, so the kept value is the fixpoint's. What the
     * client sent gives way to any other value, whatever the order.
     */
    Seed keep(Seed offered) {
      boolean clientOffered = offered.value() instanceof Value.ClientInput;
      if (clientOffered != value instanceof Value.ClientInput) {
        return clientOffered ? this : offered; // a binding or a function passed elsewhere says more than the client's data
      }
      int order = offered.at().compareTo(at);
      return order < 0 || (order == 0 && !offered.value().equals(value)) ? offered : this;
    }
  }

  private final java.util.List<Convention> conventions;

  /** Durable Object class -> the binding that names it (the first binding, when several do). */
  private final Map<String, String> durableObjectBindings = new HashMap<>();

  /** True while binding types are inferred from use: names not known read as {@link BindingInference#UNTYPED} bindings. */
  private final boolean untypedNames;

  Project(Map<String, BindingType> bindings, ModuleGraph graph, java.util.List<Convention> conventions,
      Map<String, String> durableObjectClassesByBinding) {
    this(bindings, graph, conventions, durableObjectClassesByBinding, false);
  }

  /**
   * A project of a Worker whose binding types are not all known (no config): every upper-case name not in
   * {@code bindings} is a binding of no known type, so {@link BindingInference#withUsed} can follow where env values go.
   */
  static Project inferringBindings(Map<String, BindingType> bindings, ModuleGraph graph, java.util.List<Convention> conventions,
      Map<String, String> durableObjectClassesByBinding) {
    return new Project(bindings, graph, conventions, durableObjectClassesByBinding, true);
  }

  private Project(Map<String, BindingType> bindings, ModuleGraph graph, java.util.List<Convention> conventions,
      Map<String, String> durableObjectClassesByBinding, boolean untypedNames) {
    this.untypedNames = untypedNames;
    this.bindings = Map.copyOf(bindings);
    this.bindingsByType = byType(this.bindings);
    this.graph = graph;
    this.conventions = java.util.List.copyOf(conventions);
    durableObjectClassesByBinding.forEach((binding, className) -> durableObjectBindings.putIfAbsent(className, binding));
  }

  /** The binding of the config that names Durable Object class {@code className}, as a value. */
  @SuppressWarnings("unchecked")
  public Optional<Value.Binding> durableObjectBinding(String className) {
    return (Optional<Value.Binding>) observe(Answer.DURABLE_OBJECT_BINDING, className);
  }

  /** The Durable Object class of the first binding (by name) whose name passes {@code bindingName}. */
  public Optional<String> durableObjectClassNamed(java.util.function.Predicate<String> bindingName) {
    observe(Answer.DURABLE_OBJECT_BINDINGS, ""); // the predicate cannot be a question: the whole table is what was read
    return durableObjectBindings.entrySet().stream().filter(e -> bindingName.test(e.getValue()))
        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).findFirst();
  }

  /** The Durable Object class a binding names, when the config says. */
  @SuppressWarnings("unchecked")
  public Optional<String> durableObjectClass(String binding) {
    return (Optional<String>) observe(Answer.DURABLE_OBJECT_CLASS, binding);
  }

  /** The framework conventions the engine asks about entries, values and operations. */
  public java.util.List<Convention> conventions() {
    return conventions;
  }

  private final Map<String, ClassInfo> classes = new HashMap<>();
  /** Exports of modules whose {@code export * from} this Worker linked (the module's own exports, then the linked names). */
  private final Map<SourceModule, Map<String, String>> linkedExports = new java.util.IdentityHashMap<>();
  /** The declarations behind the linked names, as if declared at the module's top level. */
  private final Map<SourceModule, Map<String, Declaration>> linkedDeclarations = new java.util.IdentityHashMap<>();
  /** Names neither declared nor linked: what the framework's implicit imports make of them, found once. */
  private final Map<ModuleName, Optional<Declaration>> unresolved = new ConcurrentHashMap<>();
  private final Map<ModuleName, Optional<SourceModule>> importedModules = new ConcurrentHashMap<>();

  /** A name (an identifier, an import specifier) as written in one module (equality written out, as {@link Parameter}'s). */
  record ModuleName(SourceModule module, String name) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ModuleName m && m.module == module && java.util.Objects.equals(m.name, name);
    }

    @Override
    public int hashCode() {
      return module.hashCode() * 31 + java.util.Objects.hashCode(name);
    }
  }

  /** The project the current thread analyses, or null. */
  static Project current() {
    return CURRENT.get();
  }

  /** Runs {@code body} with {@code project} (null: none) as the current thread's project, restoring the previous one after. */
  static <T> T within(Project project, java.util.function.Supplier<T> body) {
    Project previous = CURRENT.get();
    CURRENT.set(project);
    try {
      return body.get();
    } finally {
      CURRENT.set(previous);
    }
  }

  void add(SourceModule module) {
    modules.put(module.path(), module);
    module.classes().forEach(classes::putIfAbsent);
    fixedAnswers.clear();
  }

  /** What {@code module} exports in this Worker: its own exports, and the names its {@code export * from} links here. */
  @SuppressWarnings("unchecked")
  Map<String, String> exports(SourceModule module) {
    return (Map<String, String>) observe(Answer.EXPORTS, module);
  }

  private Map<String, String> exportsNow(SourceModule module) {
    Map<String, String> linked = linkedExports.get(module);
    return linked != null ? linked : module.ownExports();
  }

  /**
   * What {@code name}, declared nowhere in {@code module}'s units, stands for: a name linked by its {@code export *
   * from}, else the framework's implicit import, else nothing.
   */
  @SuppressWarnings("unchecked")
  Optional<Declaration> undeclared(SourceModule module, String name) {
    return (Optional<Declaration>) observe(Answer.UNDECLARED, new ModuleName(module, name));
  }

  private Optional<Declaration> undeclaredNow(ModuleName key) {
    if (modules.get(key.module().path()) != key.module()) {
      return Optional.empty(); // not the Worker's code (browser code it reads): no implicit imports
    }
    Map<String, Declaration> linked = linkedDeclarations.get(key.module());
    Declaration d = linked == null ? null : linked.get(key.name());
    if (d != null) {
      return Optional.of(d);
    }
    Optional<Declaration> known = unresolved.get(key); // no computeIfAbsent: resolving may look up names of this module again
    if (known == null) {
      known = autoImport(key.module(), key.name());
      unresolved.put(key, known);
    }
    return known;
  }

  /**
   * Links {@code export * from "./x"}: every name {@code ./x} exports (after its own re-exports) becomes an export of
   * the barrel module, standing for the import it forwards. Chains of barrels are followed a few levels deep.
   */
  void linkReexports() {
    fixedAnswers.clear();
    for (int round = 0; round < MAX_REEXPORT_DEPTH; round++) {
      boolean grew = false;
      for (SourceModule module : modules.values()) {
        for (String specifier : module.exportAllFrom()) {
          Optional<SourceModule> target = importedNow(new ModuleName(module, specifier));
          if (target.isEmpty() || target.get() == module) {
            continue;
          }
          for (String name : List.copyOf(exportsNow(target.get()).keySet())) {
            if (!name.equals("default") && !exportsNow(module).containsKey(name)) {
              linkedExports.computeIfAbsent(module, m -> new LinkedHashMap<>(m.ownExports())).put(name, name);
              if (!module.topLevel().declares(name)) {
                linkedDeclarations.computeIfAbsent(module, m -> new HashMap<>())
                    .putIfAbsent(name, new Declaration.Import(module, specifier, name));
              }
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
  @SuppressWarnings("unchecked")
  public Optional<Declaration.Variable> contextValue(String name) {
    return (Optional<Declaration.Variable>) observe(Answer.CONTEXT_VALUE, name);
  }

  private Optional<Declaration.Variable> contextValueNow(String name) {
    for (SourceModule m : modules.values()) {
      Declaration.Variable v = m.contextValues().get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code module} is the Worker's own code, in its folder, rather than a library package of the checkout
   * its imports reach ({@code ../../packages/core/src}).
   */
  boolean ownCode(SourceModule module) {
    return (Boolean) observe(Answer.OWN_CODE, module);
  }

  /**
   * The superclass of {@code c} when it is the Worker's own code: declared in the same module, or imported from a
   * module in the Worker's folder ({@code import { BaseService } from "./BaseService"}). A base class from a library
   * package ({@code import { Agent } from "agents"}, {@code ../../packages/core/src}), even one whose source is in
   * the checkout, is the library's: what its methods do is what the conventions say, not the library's internals.
   */
  public Optional<ClassInfo> ownSuperclass(ClassInfo c) {
    if (c.superClass().isEmpty()) {
      return Optional.empty();
    }
    Optional<Declaration> declared = c.module().topLevel().lookup(c.superClass());
    if (declared.isPresent() && declared.get() instanceof Declaration.Class k) {
      return Optional.of(k.info());
    }
    if (declared.isEmpty() || !(declared.get() instanceof Declaration.Import i)) {
      return Optional.empty();
    }
    return imported(i.from(), i.specifier()).filter(this::ownCode)
        .flatMap(m -> Optional.ofNullable(m.exports().get(i.imported())).flatMap(local -> m.topLevel().lookup(local)))
        .filter(d -> d instanceof Declaration.Class).map(d -> ((Declaration.Class) d).info());
  }

  /**
   * An imported name as the declaration it names in the project module that exports it, following re-exports up to
   * {@code hops} modules deep; {@code d} itself when it is not an import, and the last import reached when it leads
   * out of the project (a library's name).
   */
  public Declaration throughImports(Declaration d, int hops) {
    Declaration current = d;
    for (int hop = 0; hop < hops && current instanceof Declaration.Import i; hop++) {
      Optional<Declaration> next = imported(i.from(), i.specifier()).flatMap(m -> Optional.ofNullable(m.exports().get(i.imported()))
          .flatMap(local -> m.topLevel().lookup(local)));
      if (next.isEmpty()) {
        return current;
      }
      current = next.get();
    }
    return current;
  }

  /** A class declared anywhere in the project, by name. */
  @SuppressWarnings("unchecked")
  public Optional<ClassInfo> classNamed(String name) {
    return (Optional<ClassInfo>) observe(Answer.CLASS_NAMED, name);
  }

  /**
   * True when a project class below {@code owner} (extending it, directly or through its own superclasses) declares the
   * static {@code member} again: in a static method of {@code owner}, {@code this.member} is then whichever class the call
   * went through ({@code UserRepo.byEmail()} running the base's {@code this.TABLE}), not {@code owner}'s own value.
   */
  public boolean staticRedeclaredBelow(ClassInfo owner, String member) {
    return (Boolean) observe(Answer.STATIC_REDECLARED, new StaticMember(owner, member));
  }

  /** A static member of one class, as a question's key. */
  record StaticMember(ClassInfo owner, String member) {}

  private boolean staticRedeclaredBelowNow(StaticMember key) {
    return classes.values().stream().filter(k -> k != key.owner() && k.isStatic(key.member()))
        .anyMatch(k -> descendsFrom(k, key.owner()));
  }

  private boolean descendsFrom(ClassInfo k, ClassInfo ancestor) {
    Optional<ClassInfo> up = ownSuperclass(k);
    for (int hops = 0; up.isPresent() && hops < MAX_SUPERCLASS_HOPS; hops++) {
      if (up.get() == ancestor) {
        return true;
      }
      up = ownSuperclass(up.get());
    }
    return false;
  }

  /** How far up a class chain {@link #descendsFrom} looks (a chain that loops ends). */
  private static final int MAX_SUPERCLASS_HOPS = 8;

  /** Per-Worker indexes conventions build over the Worker's modules ({@link #overModules}), by key. */
  private final Map<Object, Object> moduleIndexes = new ConcurrentHashMap<>();

  /**
   * What {@code compute} builds from the Worker's modules (in order) and their syntax alone, built once per Worker: a
   * convention's index of where the calls it looks at are, so a question asked per entry does not walk every module.
   * The modules are read through {@link #modules()}, so a collection records that it depends on them.
   */
  @SuppressWarnings("unchecked")
  public <T> T overModules(Object key, java.util.function.Function<Iterable<SourceModule>, T> compute) {
    Iterable<SourceModule> all = modules();
    Object known = moduleIndexes.get(key);
    if (known == null) {
      known = compute.apply(all);
      moduleIndexes.putIfAbsent(key, known);
    }
    return (T) known;
  }

  @SuppressWarnings("unchecked")
  public Iterable<SourceModule> modules() {
    return reads.get() == null ? modules.values() : (List<SourceModule>) observe(Answer.MODULES, "");
  }

  @SuppressWarnings("unchecked")
  public Optional<BindingType> bindingType(String name) {
    return (Optional<BindingType>) observe(Answer.BINDING_TYPE, name);
  }

  /** The names of the bindings of {@code type}, sorted. */
  @SuppressWarnings("unchecked")
  public java.util.List<String> bindingsOfType(BindingType type) {
    return (List<String>) observe(Answer.BINDINGS_OF_TYPE, type);
  }

  private static Map<BindingType, List<String>> byType(Map<String, BindingType> bindings) {
    Map<BindingType, List<String>> byType = new java.util.EnumMap<>(BindingType.class);
    bindings.forEach((name, type) -> byType.computeIfAbsent(type, t -> new java.util.ArrayList<>()).add(name));
    byType.replaceAll((type, names) -> names.stream().sorted().toList());
    return byType;
  }

  private List<String> bindingsOfTypeNow(BindingType type) {
    return bindingsByType.getOrDefault(type, List.of());
  }

  /** The module an import specifier written in {@code from} refers to, when it is part of the project. */
  @SuppressWarnings("unchecked")
  public Optional<SourceModule> imported(SourceModule from, String specifier) {
    return (Optional<SourceModule>) observe(Answer.IMPORTED, new ModuleName(from, specifier));
  }

  private Optional<SourceModule> importedNow(ModuleName key) {
    Optional<SourceModule> known = importedModules.get(key);
    if (known == null) {
      known = graph.resolve(key.module().path(), key.name()).map(modules::get);
      importedModules.put(key, known);
    }
    return known;
  }

  /**
   * Records that parameter {@code index} of {@code unit} receives {@code value} at call site {@code at}. One value is
   * kept per parameter: the one passed at the earliest call site, so two runs agree whatever order the modules are
   * collected in.
   */
  void seed(FunctionUnit unit, int index, Value value, Location at) {
    Parameter key = new Parameter(unit, index);
    if (!(value instanceof Value.Text) && notOnlyConstantText.add(key)) {
      changed.set(true);
      touched(key);
    }
    if (!value.known()) {
      return;
    }
    if (value instanceof Value.Function f && functionSeeds.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(f.unit())) {
      changed.set(true);
      touched(key);
    }
    Seed offered = new Seed(value, at);
    boolean[] newValue = new boolean[1];
    seeds.compute(key, (k, kept) -> {
      Seed next = kept == null ? offered : kept.keep(offered);
      newValue[0] = kept == null || !next.value().equals(kept.value());
      return next;
    });
    if (newValue[0]) {
      changed.set(true);
      touched(key);
    }
  }

  /**
   * Notes that what callers pass to {@code key} changed (after the change is made): a collection that started before
   * this may have read the old answer, one that started after reads the new one ({@link #changedSince}).
   */
  private void touched(Parameter key) {
    changedAt.merge(key, version.incrementAndGet(), Math::max);
  }

  /** A number that grows with every change to parameter seeds: a collection notes it before it starts. */
  long version() {
    return version.get();
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
      touched(key);
    } else if (texts.merge(t.text(), callSite, (a, b) -> a.compareTo(b) <= 0 ? a : b) != first) {
      touched(key);
    }
  }

  /**
   * Records the strings of a list passed to parameter {@code index} ({@code runAll(db, [SQL_A, SQL_B])}), so that a
   * helper preparing each element is analysed once per text.
   */
  void seedElements(FunctionUnit unit, int index, Map<String, Location> texts) {
    Parameter key = new Parameter(unit, index);
    Map<String, Location> known = elementSeeds.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>());
    texts.forEach((text, at) -> {
      if (known.putIfAbsent(text, at) == null) {
        changed.set(true);
        touched(key);
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
    Seed seed = seeds.get(key);
    Value value = seed == null ? null : seed.value();
    if (value instanceof Value.Text && (notOnlyConstantText.contains(key) || textSeeds.getOrDefault(key, Map.of()).size() > 1)) {
      return Optional.empty();
    }
    if (value instanceof Value.Function && functionSeeds.getOrDefault(key, java.util.Set.of()).size() > 1) {
      return Optional.empty(); // adapt(controller, C.list) and adapt(controller, C.create): which one depends on the caller
    }
    return Optional.ofNullable(value);
  }

  /**
   * Every project function callers pass to parameter {@code index} of {@code unit} when they pass more than one
   * (then {@link #seeded} names none of them: calling the parameter runs the one its caller passed), else none.
   */
  @SuppressWarnings("unchecked")
  java.util.Set<FunctionUnit> polymorphicFunctions(FunctionUnit unit, int index) {
    return (java.util.Set<FunctionUnit>) observe(Answer.FUNCTIONS, new Parameter(unit, index));
  }

  /** Marks parameter {@code index} of a handler as the env object (fetch(request, env, ctx) and kin). */
  public void markEnvParameter(FunctionUnit unit, int index) {
    envParameters.put(unit, index);
    fixedAnswers.clear();
  }

  boolean isEnvParameter(FunctionUnit unit, int index) {
    return (Boolean) observe(Answer.ENV_PARAMETER, new Parameter(unit, index));
  }

  /** True once since the last call when a new seed was added (drives the fixpoint). */
  boolean takeChanged() {
    return changed.getAndSet(false);
  }

  /**
   * The questions a collection can ask about the Worker, each answered from this project's current state:
   * its parameter seeds, bindings, modules and their links. Every read of per-Worker state goes through
   * {@link #observe}, so a round knows which modules must be collected again, and another Worker whose project
   * answers the same can reuse the collection: a new kind of question is a new constant here, answered in
   * {@link #answer}. Answers compare with {@code equals} (modules, units and classes by identity: they are shared).
   */
  enum Answer { SEEDED, FUNCTIONS, TEXTS, ELEMENTS, ONLY_CONSTANT_TEXT, ENV_PARAMETER, BINDING_TYPE, BINDINGS_OF_TYPE,
    DURABLE_OBJECT_BINDING, DURABLE_OBJECT_CLASS, DURABLE_OBJECT_BINDINGS, CLASS_NAMED, STATIC_REDECLARED, CONTEXT_VALUE, MODULES,
    IMPORTED, EXPORTS, UNDECLARED, OWN_CODE }

  /**
   * Answers to the questions that stay fixed while the Worker's code is collected (bindings, modules, their links),
   * each computed once: every unit of every module the Worker reaches asks them again when a kept collection is
   * checked for reuse. Cleared when what they are computed from changes (a module added, re-exports linked, a
   * handler's env parameter marked), all of which happens before the collection rounds.
   */
  private final Map<Question, Object> fixedAnswers = new ConcurrentHashMap<>(EXPECTED_QUESTIONS);

  /**
   * Sized for a Worker of a large monorepo (thousands of kept collections checked, each asking a few questions):
   * growing a concurrent map from its default size copies its table a dozen times while every thread waits on it.
   */
  private static final int EXPECTED_QUESTIONS = 1 << 12;

  private Object answer(Answer question, Object key) {
    if (varies(question)) {
      return answerNow(question, key);
    }
    Question q = new Question(question, key);
    Object known = fixedAnswers.get(q);
    if (known == null) {
      known = answerNow(question, key); // no computeIfAbsent: an answer may ask other questions
      fixedAnswers.putIfAbsent(q, known);
    }
    return known;
  }

  private Object answerNow(Answer question, Object key) {
    return switch (question) {
      case SEEDED -> seeded((Parameter) key);
      case FUNCTIONS -> {
        java.util.Set<FunctionUnit> passed = functionSeeds.getOrDefault((Parameter) key, java.util.Set.of());
        yield passed.size() > 1 ? java.util.Set.copyOf(passed) : java.util.Set.of();
      }
      case TEXTS -> Map.copyOf(textSeeds.getOrDefault((Parameter) key, Map.of()));
      case ELEMENTS -> Map.copyOf(elementSeeds.getOrDefault((Parameter) key, Map.of()));
      case ONLY_CONSTANT_TEXT -> !notOnlyConstantText.contains((Parameter) key);
      case ENV_PARAMETER -> {
        Parameter p = (Parameter) key;
        Integer i = envParameters.get(p.unit());
        yield i != null && i == p.index();
      }
      case BINDING_TYPE -> Optional.ofNullable(bindings.get((String) key))
          .or(() -> untypedNames && BindingInference.mayBeBinding((String) key) ? Optional.of(BindingInference.UNTYPED) : Optional.empty());
      case BINDINGS_OF_TYPE -> bindingsOfTypeNow((BindingType) key);
      case DURABLE_OBJECT_BINDING -> Optional.ofNullable(durableObjectBindings.get((String) key))
          .flatMap(b -> Optional.ofNullable(bindings.get(b)).map(t -> new Value.Binding(b, t)));
      case DURABLE_OBJECT_CLASS -> durableObjectBindings.entrySet().stream().filter(e -> e.getValue().equals(key))
          .map(Map.Entry::getKey).sorted().findFirst();
      case DURABLE_OBJECT_BINDINGS -> Map.copyOf(durableObjectBindings);
      case CLASS_NAMED -> Optional.ofNullable(classes.get((String) key));
      case STATIC_REDECLARED -> staticRedeclaredBelowNow((StaticMember) key);
      case CONTEXT_VALUE -> contextValueNow((String) key);
      case MODULES -> List.copyOf(modules.values());
      case IMPORTED -> importedNow((ModuleName) key);
      case EXPORTS -> exportsNow((SourceModule) key);
      case UNDECLARED -> undeclaredNow((ModuleName) key);
      case OWN_CODE -> graph.inWorkerFolder(((SourceModule) key).path());
    };
  }

  /** One question asked about one thing (a parameter, a name, a module); equality written out, as {@link Parameter}'s. */
  record Question(Answer question, Object key) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Question q && q.question == question && java.util.Objects.equals(q.key, key);
    }

    @Override
    public int hashCode() {
      return question.hashCode() * 31 + java.util.Objects.hashCode(key);
    }
  }

  /** The answer to {@code question} now, recorded (the first time) for the unit being collected on this thread. */
  private Object observe(Answer question, Object key) {
    Reads r = reads.get();
    if (r == null) {
      return answer(question, key);
    }
    Question q = new Question(question, key);
    Map<Question, Object> answers = r.of(question);
    Object known = answers.get(q);
    if (known == null) {
      known = answer(question, key); // no computeIfAbsent: an answer may ask other questions
      answers.putIfAbsent(q, known);
    }
    return known;
  }

  /** The questions whose answers change while a Worker is analysed: what callers pass to parameters. */
  private static boolean varies(Answer question) {
    return question == Answer.SEEDED || question == Answer.FUNCTIONS || question == Answer.TEXTS || question == Answer.ELEMENTS || question == Answer.ONLY_CONSTANT_TEXT;
  }

  /**
   * What one collection read of its Worker: the first answer to each question, those fixed for the Worker (bindings,
   * modules, links) apart from those that change between rounds (parameter seeds). A later round collects again only
   * when one of the latter would now be answered differently; another Worker reuses the collection only when all
   * would be answered the same. Compared by identity (a project remembers which fixed reads it answers the same).
   */
  static final class Reads {
    static final Reads NONE = new Reads(Map.of(), Map.of());
    private final Map<Question, Object> fixed;
    private final Map<Question, Object> varying;
    /** {@link #fixed} and {@link #varying} as arrays of question, answer, question, ...: built once the collection is done. */
    private volatile Object[] fixedFlat;
    private volatile Object[] varyingFlat;

    Reads(Map<Question, Object> fixed, Map<Question, Object> varying) {
      this.fixed = fixed;
      this.varying = varying;
    }

    private Map<Question, Object> of(Answer question) {
      return varies(question) ? varying : fixed;
    }

    /**
     * The fixed reads, flattened: a kept collection is checked by every Worker and round that reaches its unit, and
     * walking a small array costs far less than a hash map's table and iterator. Only read once collecting is over.
     */
    Object[] fixedFlat() {
      Object[] flat = fixedFlat;
      if (flat == null) {
        fixedFlat = flat = flat(fixed);
      }
      return flat;
    }

    /** The varying reads, flattened as {@link #fixedFlat}. */
    Object[] varyingFlat() {
      Object[] flat = varyingFlat;
      if (flat == null) {
        varyingFlat = flat = flat(varying);
      }
      return flat;
    }

    private static Object[] flat(Map<Question, Object> answers) {
      Object[] flat = new Object[answers.size() * 2];
      int i = 0;
      for (Map.Entry<Question, Object> e : answers.entrySet()) {
        flat[i++] = e.getKey();
        flat[i++] = e.getValue();
      }
      return flat;
    }

    static Reads empty() {
      return new Reads(new java.util.HashMap<>(), new java.util.HashMap<>());
    }
  }

  /** Runs {@code collect} (one unit's collection, on this thread) and returns what it read. */
  Reads readingFor(Runnable collect) {
    Reads read = Reads.empty();
    Reads previous = reads.get();
    reads.set(read);
    try {
      collect.run();
    } finally {
      reads.set(previous);
    }
    return read;
  }

  /**
   * Fixed reads of kept collections (from other Workers) this project answers the same way (true) or not, by the
   * {@link Reads} instance (which compares by identity).
   */
  private final Map<Reads, Boolean> sameFixed = new ConcurrentHashMap<>(EXPECTED_QUESTIONS);

  /** True when a question {@code read} asked would now be answered differently. */
  boolean differs(Reads read) {
    if (!read.fixed.isEmpty()) {
      Boolean same = sameFixed.get(read);
      if (same == null) {
        same = !differs(read.fixedFlat());
        sameFixed.put(read, same);
      }
      if (!same) {
        return true;
      }
    }
    return changedSince(read);
  }

  /** True when a question about parameter seeds {@code read} asked would now be answered differently. */
  boolean changedSince(Reads read) {
    return differs(read.varyingFlat());
  }

  /**
   * The same for reads taken after {@link #version} was {@code since}: only parameters changed later can answer
   * differently, so only their questions are asked again.
   */
  boolean changedSince(Reads read, long since) {
    if (read.varying.isEmpty() || version.get() == since) {
      return false;
    }
    Object[] flat = read.varyingFlat();
    for (int i = 0; i < flat.length; i += 2) {
      Question q = (Question) flat[i];
      Long at = changedAt.get((Parameter) q.key());
      if (at != null && at > since && !flat[i + 1].equals(answer(q.question(), q.key()))) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the flattened question, answer pairs would now be answered differently. */
  private boolean differs(Object[] flat) {
    for (int i = 0; i < flat.length; i += 2) {
      Question q = (Question) flat[i];
      if (!flat[i + 1].equals(answer(q.question(), q.key()))) {
        return true;
      }
    }
    return false;
  }
}
