package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.span.Swc4jSpan;
import dev.cfscale.findings.Location;
import dev.cfscale.parse.ts.TypeWrappers;
import java.util.Optional;

/** Small, side-effect-free helpers over swc4j nodes; the only place that knows their quirks. */
public final class Ast {

  private Ast() {}

  /** True when {@code node} or any node under it passes {@code test}. */
  public static boolean contains(ISwc4jAst node, java.util.function.Predicate<ISwc4jAst> test) {
    if (test.test(node)) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && contains(child, test)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Strips parentheses, TypeScript-only wrappers ({@code x as T}, {@code x!}, {@code x satisfies T}) and
   * optional chaining ({@code a?.b} reads like {@code a.b}).
   */
  public static ISwc4jAst unwrap(ISwc4jAst node) {
    ISwc4jAst n = TypeWrappers.strip(node);
    while (n instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstOptChainExpr o) {
      n = TypeWrappers.strip(o.getBase()); // a?.b is a member access, a?.b() a call
    }
    return n;
  }


  /** A call's callee and arguments, whether written {@code f(x)} or as an optional call {@code f?.(x)}. */
  public record Call(ISwc4jAst node, ISwc4jAst callee, java.util.List<ISwc4jAst> args) {
    /** The callee without wrappers. */
    public ISwc4jAst unwrappedCallee() {
      return unwrap(callee);
    }
  }

  /**
   * The last call built on this thread: every convention asks about the same node in turn, so the call (and its
   * argument list) is built once per node instead of once per convention. Calls are immutable views of the tree.
   */
  private static final ThreadLocal<Optional<Call>> LAST_CALL = ThreadLocal.withInitial(Optional::empty);

  /** {@code node} as a call, when it is one. */
  public static Optional<Call> call(ISwc4jAst node) {
    if (!(node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr)
        && !(node instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall)) {
      return Optional.empty();
    }
    Optional<Call> last = LAST_CALL.get();
    if (last.isPresent() && last.get().node() == node) {
      return last;
    }
    Optional<Call> built;
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr c) {
      built = Optional.of(new Call(c, c.getCallee(), arguments(c.getArgs())));
    } else {
      com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall c = (com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall) node;
      built = Optional.of(new Call(c, c.getCallee(), arguments(c.getArgs())));
    }
    LAST_CALL.set(built);
    return built;
  }

  private static java.util.List<ISwc4jAst> arguments(java.util.List<com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread> args) {
    ISwc4jAst[] out = new ISwc4jAst[args.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = args.get(i).getExpr();
    }
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
  }

  /** The property name of {@code a.b} or {@code a["b"]}, when static. */
  /** The name a call is made by: {@code launch} of {@code puppeteer.launch(...)} and of {@code launch(...)}. */
  public static Optional<String> calleeName(ISwc4jAst callee) {
    return callee instanceof Swc4jAstMemberExpr m ? propName(m) : identifier(callee);
  }

  public static Optional<String> propName(Swc4jAstMemberExpr member) {
    return name(member.getProp());
  }

  /** The value written under {@code key} in an object literal ({@code { key: value }}), as written; shorthand not included. */
  public static Optional<ISwc4jAst> keyValue(Swc4jAstObjectLit object, String key) {
    for (ISwc4jAst prop : object.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && name(kv.getKey()).filter(key::equals).isPresent()) {
        return Optional.of(kv.getValue());
      }
    }
    return Optional.empty();
  }

  /** A static name from an identifier, identifier name, string literal or computed string key. */
  public static Optional<String> name(ISwc4jAst node) {
    if (node instanceof Swc4jAstIdentName n) {
      return Optional.of(n.getSym());
    }
    if (node instanceof Swc4jAstIdent i) {
      return Optional.of(i.getSym());
    }
    if (node instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    if (node instanceof Swc4jAstComputedPropName c && unwrap(c.getExpr()) instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateName p) {
      return Optional.of(p.getName().startsWith("#") ? p.getName() : "#" + p.getName()); // this.#report
    }
    return Optional.empty();
  }

  /** {@code null} or {@code undefined}, also through parentheses or a type assertion ({@code null as any}). */
  public static boolean nullish(ISwc4jAst node) {
    ISwc4jAst value = unwrap(node);
    return value instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull
        || value instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent id && id.getSym().equals("undefined");
  }

  public static Optional<String> identifier(ISwc4jAst node) {
    return unwrap(node) instanceof Swc4jAstIdent i ? Optional.of(i.getSym()) : Optional.empty();
  }

  /** Where {@code node} is written in {@code unit}'s module. */
  public static Location location(FunctionUnit unit, ISwc4jAst node) {
    return location(unit.module().relativePath(), node);
  }

  static Location location(String file, ISwc4jAst node) {
    Swc4jSpan span = node.getSpan();
    return new Location(file, Math.max(1, span.getLine()), Math.max(1, span.getColumn()));
  }

  /**
   * Where a finding about a call should point: the method name of {@code a.b.method(...)} (so a
   * chain split over lines points at its own line), else the node itself.
   */
  static ISwc4jAst anchor(ISwc4jAst node) {
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr call
        && unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) {
      return m.getProp();
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall call
        && unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) {
      return m.getProp();
    }
    return node;
  }

  /** The source text of a node, shortened to one line for evidence. */
  static String text(String source, ISwc4jAst node) {
    return text(source, node, codePoint -> source.offsetByCodePoints(0, codePoint));
  }

  /**
   * The source text of a node, shortened to one line for evidence: whitespace runs become one space, the
   * ends are trimmed, and more than 120 characters become the first 117 and "...". {@code charIndex} maps
   * SWC's code point offsets to char indexes (throwing {@link IndexOutOfBoundsException} outside the text);
   * only the characters the result needs are read, so the text of a large node costs no more than a small one.
   */
  static String text(String source, ISwc4jAst node, java.util.function.IntUnaryOperator charIndex) {
    Swc4jSpan span = node.getSpan();
    try {
      int start = charIndex.applyAsInt(span.getStart());
      int end = charIndex.applyAsInt(span.getEnd());
      if (end < start) {
        return "";
      }
      return oneLine(source, start, end);
    } catch (IndexOutOfBoundsException e) {
      return "";
    }
  }

  private static final int MAX_TEXT = 120;

  /**
   * {@code source[start, end)} with each run of {@code \s} as one space, trimmed ({@link String#trim}: every char
   * up to U+0020), and cut to 117 characters plus "..." when longer than 120.
   */
  static String oneLine(String source, int start, int end) {
    int i = start;
    while (i < end && source.charAt(i) <= ' ') {
      i++;
    }
    StringBuilder out = new StringBuilder(Math.min(end - i, MAX_TEXT + 1));
    boolean inRun = false;
    while (i < end && out.length() <= MAX_TEXT) {
      char c = source.charAt(i++);
      if (isRegexSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    if (out.length() > MAX_TEXT) {
      boolean longer = out.charAt(MAX_TEXT) > ' ';
      while (!longer && i < end) {
        longer = source.charAt(i++) > ' ';
      }
      if (longer) {
        return out.substring(0, MAX_TEXT - 3) + "...";
      }
    }
    int last = out.length();
    while (last > 0 && out.charAt(last - 1) <= ' ') {
      last--;
    }
    return out.substring(0, last);
  }

  /** The characters of the regular expression class {@code \s}: space, tab, newline, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
