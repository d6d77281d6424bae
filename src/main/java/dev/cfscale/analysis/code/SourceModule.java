package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source file as indexed: the {@link ParsedSource} (text, AST) and what indexing it found (function units,
 * classes, its own exports). Indexed once per run and shared by every Worker that reaches it, so it holds nothing
 * that depends on the Worker: names linked through {@code export * from} and a framework's implicit imports are
 * the {@link Project}'s ({@link #exports()} and {@link FunctionUnit#lookup} ask the current one).
 */
public final class SourceModule {
  private final Path path;
  private final String relativePath;
  private final String source;
  private final ISwc4jAst program;
  private final ParsedSource parsed;
  private final List<FunctionUnit> units = new ArrayList<>();
  private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  private final Map<String, String> exports = new LinkedHashMap<>();
  private final List<String> exportAllFrom = new ArrayList<>();
  private final Map<String, Declaration.Variable> contextValues = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<ISwc4jAst, FunctionUnit> unitsByNode = new java.util.IdentityHashMap<>();
  private FunctionUnit topLevel;
  private final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr> calls = new ArrayList<>();

  SourceModule(Path path, String relativePath, String source, ISwc4jAst program) {
    this(new ParsedSource(path, relativePath, source, program));
  }

  /** A module of one Worker over a file parsed once for the run. */
  SourceModule(ParsedSource parsed) {
    this.parsed = parsed;
    this.path = parsed.path();
    this.relativePath = parsed.relativePath();
    this.source = parsed.text();
    this.program = parsed.program();
  }

  /** The module specifiers the file imports or re-exports, in source order. */
  public java.util.Set<String> imports() {
    return parsed.imports();
  }

  /** The module specifiers whose code the file runs (type-only imports left out): what the module graph follows. */
  java.util.Set<String> runtimeImports() {
    return parsed.runtimeImports();
  }

  /** The source text of {@code node}, shortened to one line for evidence ({@link Ast#text}, without rescanning the file). */
  String text(ISwc4jAst node) {
    return parsed.text(node);
  }

  Path path() {
    return path;
  }

  public String relativePath() {
    return relativePath;
  }

  String source() {
    return source;
  }

  public ISwc4jAst program() {
    return program;
  }

  /** Every function of the module, its top level first. */
  public List<FunctionUnit> units() {
    return units;
  }

  public FunctionUnit topLevel() {
    return topLevel;
  }

  void setTopLevel(FunctionUnit unit) {
    this.topLevel = unit;
  }

  void addUnit(FunctionUnit unit) {
    units.add(unit);
    unitsByNode.put(unit.node(), unit);
  }

  /** The unit whose node is {@code node} (a function, arrow or method), if any. */
  public Optional<FunctionUnit> unitAt(ISwc4jAst node) {
    return Optional.ofNullable(unitsByNode.get(node));
  }

  /**
   * What {@code compute} derives from this module's syntax alone, computed once per run (the module is shared by every
   * Worker that reaches it): a convention's index of the calls it looks at. Never anything that depends on the Worker
   * (its bindings, its other modules, an evaluated value).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, java.util.function.Function<SourceModule, T> compute) {
    Object known = derived.get(key);
    if (known == null) {
      known = compute.apply(this);
      derived.putIfAbsent(key, known);
    }
    return (T) known;
  }

  /** Own node (call, construction, loop) -> the unit whose own code holds it, built once per run. */
  private static final Object UNITS_BY_OWN_NODE = new Object();

  /** The unit whose own code holds {@code node} (a call, construction or loop of it), else the top level. */
  public FunctionUnit unitHolding(ISwc4jAst node) {
    Map<ISwc4jAst, FunctionUnit> holders = derived(UNITS_BY_OWN_NODE, m -> {
      Map<ISwc4jAst, FunctionUnit> index = new java.util.IdentityHashMap<>();
      m.units().forEach(u -> u.ownNodes().forEach(n -> index.put(n, u)));
      return index;
    });
    return holders.getOrDefault(node, topLevel);
  }

  /** Every call expression in the module, in source order (collected while indexing). */
  public List<com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr> calls() {
    return calls;
  }

  public Map<String, ClassInfo> classes() {
    return classes;
  }

  /** Values stored by name with {@code c.set("db", value)} (Hono context variables and similar). */
  Map<String, Declaration.Variable> contextValues() {
    return contextValues;
  }

  /**
   * Exported name -> local name ("default" for the default export when it is a named declaration), in the Worker
   * the current thread analyses (with the names its {@code export * from} statements link there).
   */
  public Map<String, String> exports() {
    Project project = Project.current();
    return project == null ? exports : project.exports(this);
  }

  /** The exports the module's own statements declare (filled while indexing). */
  Map<String, String> ownExports() {
    return exports;
  }

  /** What a name declared nowhere in the module stands for in the current Worker (linked re-export, implicit import). */
  Optional<Declaration> undeclared(String name) {
    Project project = Project.current();
    return project == null ? Optional.empty() : project.undeclared(this, name);
  }

  /** Specifiers of {@code export * from "..."} statements, whose names {@link Project} links into {@link #exports()}. */
  List<String> exportAllFrom() {
    return exportAllFrom;
  }

  Optional<ClassInfo> classNamed(String name) {
    return Optional.ofNullable(classes.get(name));
  }

  long lineCount() {
    return parsed.lineCount();
  }
}
