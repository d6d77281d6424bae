package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed source file: its text, AST, function units, classes and exports. Built once per run and
 * shared by every Worker that reaches the file ({@link ModuleCache}): nothing changes it after
 * {@link ModuleIndexer} has run, and what a Worker learns about it belongs in that Worker's {@link Project}.
 */
public final class SourceModule {
  private final Path path;
  private final String relativePath;
  private final String source;
  private final ISwc4jAst program;
  private final List<FunctionUnit> units = new ArrayList<>();
  private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  private final Map<String, String> exports = new LinkedHashMap<>();
  private final Map<String, Declaration.Variable> contextValues = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<ISwc4jAst, FunctionUnit> unitsByNode = new java.util.IdentityHashMap<>();
  private FunctionUnit topLevel;
  private final List<com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr> calls = new ArrayList<>();
  private final java.util.Set<String> imports;
  private final long lineCount;
  /** Code point offset -> char index, only for sources with characters outside the BMP (else the same number). */
  private final int[] charIndex;

  SourceModule(Path path, String relativePath, String source, ISwc4jAst program) {
    this.path = path;
    this.relativePath = relativePath;
    this.source = source;
    this.program = program;
    this.imports = java.util.Collections.unmodifiableSet(ImportSpecifiers.of(program));
    this.lineCount = source.lines().count();
    this.charIndex = charIndex(source);
  }

  private static int[] charIndex(String source) {
    int n = source.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(source.charAt(i))) {
      i++;
    }
    if (i == n) {
      return null;
    }
    int[] index = new int[source.codePointCount(0, n) + 1];
    int cp = 0;
    for (int c = 0; c < n; c = source.offsetByCodePoints(c, 1)) {
      index[cp++] = c;
    }
    index[cp] = n;
    return index;
  }

  /** The module specifiers the file imports or re-exports, in source order. */
  java.util.Set<String> imports() {
    return imports;
  }

  /** The source text of {@code node}, shortened to one line for evidence ({@link Ast#text}, without rescanning the file). */
  String text(ISwc4jAst node) {
    return Ast.text(source, node, this::charAt);
  }

  /** The char index of code point offset {@code codePoint} (SWC's spans count code points). */
  private int charAt(int codePoint) {
    int limit = charIndex == null ? source.length() : charIndex.length - 1;
    if (codePoint < 0 || codePoint > limit) {
      throw new IndexOutOfBoundsException(codePoint);
    }
    return charIndex == null ? codePoint : charIndex[codePoint];
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

  List<FunctionUnit> units() {
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

  /** Exported name -> local name ("default" for the default export when it is a named declaration). */
  public Map<String, String> exports() {
    return exports;
  }

  Optional<ClassInfo> classNamed(String name) {
    return Optional.ofNullable(classes.get(name));
  }

  long lineCount() {
    return lineCount;
  }
}
