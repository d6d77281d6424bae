package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;

/**
 * A source file as parsed: its text, syntax tree and import specifiers. Parsing is the expensive step, so one
 * {@code ParsedSource} per file serves every Worker of a run ({@link ModuleCache}); it is never changed. Each Worker
 * indexes it into a {@link SourceModule} of its own, since what a module declares and exports can depend on the
 * Worker (re-exports linked through its import resolution, a framework's implicit imports).
 */
final class ParsedSource {
  private final Path path;
  private final String relativePath;
  private final String text;
  private final ISwc4jAst program;
  private final Set<String> imports;
  /** The imports the bundle runs: {@link #imports} less those only types name (TypeScript erases them). */
  private final Set<String> runtimeImports;
  private final long lineCount;
  /** Code point offset -> char index, only for texts with characters outside the BMP (else the same number). */
  private final int[] charIndex;

  ParsedSource(Path path, String relativePath, String text, ISwc4jAst program) {
    this.path = path;
    this.relativePath = relativePath;
    this.text = text;
    this.program = program;
    this.imports = Collections.unmodifiableSet(ImportSpecifiers.of(program, text));
    Set<String> erased = ImportSpecifiers.typeOnly(program);
    this.runtimeImports = erased.isEmpty() ? imports
        : Collections.unmodifiableSet(imports.stream().filter(i -> !erased.contains(i))
            .collect(java.util.stream.Collectors.<String, Set<String>>toCollection(java.util.LinkedHashSet::new)));
    this.lineCount = lineCount(text);
    this.charIndex = charIndex(text);
  }

  Path path() {
    return path;
  }

  String relativePath() {
    return relativePath;
  }

  String text() {
    return text;
  }

  ISwc4jAst program() {
    return program;
  }

  /** The module specifiers the file imports or re-exports, in source order. */
  Set<String> imports() {
    return imports;
  }

  /** The module specifiers whose code the file runs: imports that TypeScript keeps. */
  Set<String> runtimeImports() {
    return runtimeImports;
  }

  long lineCount() {
    return lineCount;
  }

  /** The source text of {@code node}, shortened to one line for evidence ({@link Ast#text}, without rescanning the file). */
  String text(ISwc4jAst node) {
    return Ast.text(text, node, this::charAt);
  }

  /** The char index of code point offset {@code codePoint} (SWC's spans count code points). */
  private int charAt(int codePoint) {
    int limit = charIndex == null ? text.length() : charIndex.length - 1;
    if (codePoint < 0 || codePoint > limit) {
      throw new IndexOutOfBoundsException(codePoint);
    }
    return charIndex == null ? codePoint : charIndex[codePoint];
  }

  /** What {@code text.lines().count()} answers, without a string per line (files are large, the count is all we need). */
  static long lineCount(String text) {
    int n = text.length();
    long lines = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines++;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
      }
    }
    char last = n == 0 ? '\n' : text.charAt(n - 1);
    return last == '\n' || last == '\r' ? lines : lines + 1;
  }

  private static int[] charIndex(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return null;
    }
    int[] index = new int[text.codePointCount(0, n) + 1];
    int cp = 0;
    for (int c = 0; c < n; c = text.offsetByCodePoints(c, 1)) {
      index[cp++] = c;
    }
    index[cp] = n;
    return index;
  }
}
