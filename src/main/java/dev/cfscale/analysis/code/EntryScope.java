package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.code.AwakeSocketServer;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.facts.code.FixedInstance;
import dev.cfscale.facts.code.SelfErasingObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a {@link Convention} sees while finding entry points in one Worker: the project, the evaluator,
 * the Durable Object and Workflow classes the config binds, and where found entries go.
 */
public final class EntryScope {
  /** An entry, the unit that runs when it is invoked, and the node it was found at (for ordering). */
  record Entry(EntryPoint point, FunctionUnit unit, ISwc4jAst anchor) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e && e.point.equals(point) && e.unit == unit;
    }

    @Override
    public int hashCode() {
      return point.hashCode() * 31 + System.identityHashCode(unit);
    }
  }

  private final Project project;
  private final Evaluator evaluator;
  private final Set<String> durableObjectClasses;
  private final Set<String> workflowClasses;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Class<?>, Object> shared = new HashMap<>();
  private final List<FixedInstance> fixedInstances = new ArrayList<>();
  private final List<AwakeSocketServer> awakeSocketServers = new ArrayList<>();
  private final List<SelfErasingObject> selfErasingObjects = new ArrayList<>();
  private final java.util.Set<String> routedClasses = new java.util.HashSet<>();
  private boolean routesEveryDurableObject;

  EntryScope(Project project, Evaluator evaluator, Set<String> durableObjectClasses, Set<String> workflowClasses) {
    this.project = project;
    this.evaluator = evaluator;
    this.durableObjectClasses = Set.copyOf(durableObjectClasses);
    this.workflowClasses = Set.copyOf(workflowClasses);
  }

  public Project project() {
    return project;
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /** Classes the config binds as Durable Objects (a class need not extend DurableObject to be one). */
  public Set<String> durableObjectClasses() {
    return durableObjectClasses;
  }

  /** Classes the config binds as Workflows (a class need not extend WorkflowEntrypoint itself to be one). */
  public Set<String> workflowClasses() {
    return workflowClasses;
  }

  /**
   * Something a convention computes once per Worker from all modules (the prefixes routers are mounted
   * under), keyed by the convention's class; conventions themselves hold no state.
   */
  public <T> T once(Class<?> owner, Supplier<T> compute) {
    @SuppressWarnings("unchecked")
    T value = (T) shared.computeIfAbsent(owner, k -> compute.get());
    return value;
  }

  /** Records that {@code unit} runs when the Worker is entered as {@code kind} named {@code name}, anchored at {@code at}. */
  public void add(EntryKind kind, String name, SourceModule module, ISwc4jAst at, FunctionUnit unit) {
    entries.add(new Entry(new EntryPoint(kind, name, Ast.location(module.relativePath(), at)), unit, at));
  }

  /** The function {@code expr} is (a function expression, or a name bound to one). */
  public Optional<FunctionUnit> functionValue(ISwc4jAst expr, FunctionUnit context) {
    Value v = evaluator.eval(expr, context);
    if (v instanceof Value.Function f) {
      return Optional.of(f.unit());
    }
    return context.module().unitAt(Ast.unwrap(expr));
  }

  /** The function a top-level declaration holds ({@code export const loader = async () => ...}). */
  public Optional<FunctionUnit> declarationUnit(Declaration d) {
    return evaluator.declaration(d, 0) instanceof Value.Function f ? Optional.of(f.unit()) : Optional.empty();
  }

  /**
   * Records that the code at {@code at} sends traffic to the one instance {@code name} of Durable Object class
   * {@code className} ({@code how} says what chooses the name, in words).
   */
  public void fixedInstance(SourceModule module, ISwc4jAst at, String how, String className, String name, FixedInstance.Origin origin) {
    fixedInstances.add(new FixedInstance(Ast.location(module.relativePath(), at), module.text(at), how, className,
        project.durableObjectBinding(className).map(Value.Binding::name), name, origin));
  }

  /**
   * Records that Durable Object class {@code info} accepts its clients' WebSockets without hibernation because of what
   * its framework base class does ({@code how}, in words).
   */
  public void awakeSocketServer(ClassInfo info, String how) {
    SourceModule module = info.module();
    awakeSocketServers.add(new AwakeSocketServer(Ast.location(module.relativePath(), info.node()), "class " + info.name()
        + " extends " + info.superClass(), info.name(), how));
  }

  /**
   * Records that bound Durable Object class {@code info} erases all of its storage with the call {@code at} (written in
   * {@code unit}, of the class or a base it extends) on a timer, as {@code how} says.
   */
  public void selfErasingObject(ClassInfo info, FunctionUnit unit, ISwc4jAst at, String how) {
    selfErasingObjects.add(new SelfErasingObject(Ast.location(unit, at), info.name(), how));
  }

  /** The comment written after {@code node} on its line ({@code room: "demo" // replace with your own}), or "". */
  public String trailingComment(SourceModule module, ISwc4jAst node) {
    String source = module.source();
    int line = node.getSpan().getLine();
    String[] lines = source.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "";
    }
    int at = lines[line - 1].indexOf("//");
    return at < 0 ? "" : lines[line - 1].substring(at + 2).trim();
  }

  /** Records that a router the Worker uses sends requests to Durable Object class {@code className} ({@code handler(MyActor)}). */
  public void routesTo(String className) {
    routedClasses.add(className);
  }

  /** Records that a router sends requests to any Durable Object class by URL ({@code routeAgentRequest}, {@code routePartykitRequest}). */
  public void routesToEveryDurableObject() {
    routesEveryDurableObject = true;
  }

  /** True when a router the code uses reaches {@code className} without a stub call the analysis can see. */
  boolean routed(String className) {
    return routesEveryDurableObject || routedClasses.contains(className);
  }

  /** The modules that hold the Worker's front doors found so far (fetch handlers, routes, Pages Functions). */
  public List<SourceModule> frontDoorModules() {
    return entries.stream().filter(e -> java.util.Set.of(EntryKind.FETCH, EntryKind.ROUTE, EntryKind.PAGES_FUNCTION).contains(e.point().kind()))
        .map(e -> e.unit().module()).distinct().toList();
  }

  List<FixedInstance> fixedInstances() {
    return fixedInstances;
  }

  List<AwakeSocketServer> awakeSocketServers() {
    return awakeSocketServers;
  }

  List<SelfErasingObject> selfErasingObjects() {
    return selfErasingObjects;
  }

  List<Entry> entries() {
    return entries;
  }
}
