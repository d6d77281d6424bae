package dev.cfscale.parse.ts;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstProgram;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeScript / JavaScript parsing with SWC (swc4j): TS, TSX, JS, JSX, MJS/CJS. Thread-safe. Nothing
 * is executed; the source is only parsed into a typed AST. SWC does no error recovery, so a file
 * with a syntax error yields a {@link SourceParseException} with SWC's position.
 */
public final class TsParser {
  /** The {@code ---} fenced script at the top of an Astro file, every other character (fences included) a space. */
  static String frontmatter(String source) {
    StringBuilder out = new StringBuilder(source.length());
    String[] lines = source.split("\n", -1);
    int fences = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean fence = fences < 2 && line.strip().equals("---");
      if (fence) {
        fences++;
      }
      boolean code = fences == 1 && !fence;
      out.append(code ? line : line.replaceAll("[^\r]", " "));
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Deepest nesting handed to SWC (brackets and chained operators, counted by {@link NestingDepth}). Deeper
   * files are reported as too deep instead of parsed: with {@code DeepStack.STACK_BYTES} of stack, SWC and
   * the Java walkers over its tree stay well inside the stack at this depth (measured: 50,000 nested
   * parentheses fit in 256 MB), and real code nests a few dozen levels.
   */
  public static final int MAX_NESTING_DEPTH = 10_000;
  /** SWC ends its message with "at file:///main.js:LINE:COL". */
  private static final Pattern POSITION = Pattern.compile(":(\\d+):(\\d+)\\s*$");
  /** SWC, loaded by the first parse: a run with no source file to read never loads the native library. */
  private volatile Swc4j swc;

  public TsParser() {}

  private Swc4j swc() {
    Swc4j s = swc;
    if (s == null) {
      synchronized (this) {
        if (swc == null) {
          NativeLibrary.configure();
          swc = new Swc4j();
        }
        s = swc;
      }
    }
    return s;
  }

  /**
   * Parses {@code source}; {@code fileName} chooses TS, TSX, JS or JSX by its extension. An Astro component
   * ({@code .astro}) is parsed as its frontmatter script, the rest blanked so positions stay those of the file.
   */
  public ISwc4jAstProgram<? extends ISwc4jAst> parse(String fileName, String source) throws SourceParseException {
    boolean astro = fileName.endsWith(".astro");
    String script = astro ? frontmatter(source) : source;
    java.util.Optional<Integer> tooDeep = NestingDepth.firstBeyond(script, MAX_NESTING_DEPTH);
    if (tooDeep.isPresent()) {
      int offset = tooDeep.get();
      int line = 1 + (int) script.substring(0, offset).chars().filter(ch -> ch == '\n').count();
      int column = offset - script.lastIndexOf('\n', offset - 1);
      throw new SourceParseException(line, column, "nesting too deep (more than " + MAX_NESTING_DEPTH
          + " levels of brackets or chained operators); this file is not analysed");
    }
    Swc4jParseOptions options = new Swc4jParseOptions()
        .setMediaType(astro ? Swc4jMediaType.TypeScript : mediaType(fileName))
        .setParseMode(Swc4jParseMode.Module)
        .setCaptureAst(true);
    try {
      return swc().parse(script, options).getProgram();
    } catch (Swc4jCoreException e) {
      if (options.getMediaType() == Swc4jMediaType.JavaScript) {
        // React code written as .js (Create React App, Flareact, older Remix): JSX is what bundlers accept there
        Optional<ISwc4jAstProgram<? extends ISwc4jAst>> asJsx = parsedAsJsx(script);
        if (asJsx.isPresent()) {
          return asJsx.get();
        }
      }
      String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
      if (message.contains("Java exception was thrown")) {
        // swc4j's "Couldn't construct Swc4jSpan ... because Java exception was thrown": the Java side of the
        // conversion failed (a tree too deep or too large for it), not the file's syntax
        message = "the parser could not build this file's syntax tree (it nests too deeply or is too large); not analysed";
      }
      Matcher m = POSITION.matcher(e.getMessage() == null ? "" : e.getMessage().strip());
      boolean positioned = m.find();
      throw new SourceParseException(positioned ? Integer.parseInt(m.group(1)) : 1,
          positioned ? Integer.parseInt(m.group(2)) : 1, message);
    }
  }

  private Optional<ISwc4jAstProgram<? extends ISwc4jAst>> parsedAsJsx(String script) {
    try {
      return Optional.of(swc().parse(script, new Swc4jParseOptions().setMediaType(Swc4jMediaType.Jsx)
          .setParseMode(Swc4jParseMode.Module).setCaptureAst(true)).getProgram());
    } catch (Swc4jCoreException e) {
      return Optional.empty();
    }
  }

  static Swc4jMediaType mediaType(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsx")) {
      return Swc4jMediaType.Tsx;
    }
    if (name.endsWith(".mts")) {
      return Swc4jMediaType.Mts;
    }
    if (name.endsWith(".cts")) {
      return Swc4jMediaType.Cts;
    }
    if (name.endsWith(".ts")) {
      return Swc4jMediaType.TypeScript;
    }
    if (name.endsWith(".jsx")) {
      return Swc4jMediaType.Jsx;
    }
    return name.endsWith(".mjs") ? Swc4jMediaType.Mjs : name.endsWith(".cjs") ? Swc4jMediaType.Cjs : Swc4jMediaType.JavaScript;
  }
}
