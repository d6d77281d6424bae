package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression holds a value made fresh on every evaluation: a random id ({@code crypto.randomUUID()},
 * {@code Math.random()}) or the current time ({@code Date.now()}, {@code new Date()}), directly, inside a template or
 * a concatenation, or through a method of one ({@code crypto.randomUUID().slice(0, 8)}). Only values written inline
 * count: a fresh id held in a variable ({@code const slug = nanoid()}) is usually handed back to the client as the name
 * of a record it created (a short link, an upload), while a key that embeds it inline is named by nothing the code
 * keeps, so only a list could ever find the entry again (a log or scratch entry). The current time is the exception: a
 * local that holds it, or a field of a local object literal set to it ({@code const entry = { at: Date.now() }}, then
 * {@code `msg:${entry.at}`}), names a moment, not a record anyone is told about, so a key built from it is a log entry too.
 */
final class FreshValues {
  /** {@code object.method()} calls of the JavaScript runtime that return a new value each time. */
  private static final Set<String> RUNTIME_CALLS = Set.of("crypto.randomUUID", "Math.random", "Date.now", "performance.now");
  /** Id generators of the common id libraries (nanoid, uuid, ulid, cuid2), called by their exported names. */
  private static final Set<String> GENERATORS = Set.of("nanoid", "uuid", "uuidv4", "uuidv7", "v4", "v7", "ulid", "createId", "cuid");
  private static final int MAX_DEPTH = 4;

  private FreshValues() {}

  static boolean madePerCall(ISwc4jAst expr, FunctionUnit unit) {
    return fresh(expr, unit, 0);
  }

  private static boolean fresh(ISwc4jAst raw, FunctionUnit unit, int depth) {
    if (raw == null || depth > MAX_DEPTH) {
      return false;
    }
    ISwc4jAst node = Ast.unwrap(raw);
    if (node instanceof Swc4jAstIdent || node instanceof Swc4jAstMemberExpr) {
      Optional<ISwc4jAst> held = heldValue(node, unit);
      if (held.isPresent()) {
        return now(held.get(), 0);
      }
    }
    if (node instanceof Swc4jAstTpl tpl) {
      return tpl.getExprs().stream().anyMatch(e -> fresh(e, unit, depth + 1));
    }
    if (node instanceof Swc4jAstBinExpr bin && bin.getOp().getName().equals("+")) {
      return fresh(bin.getLeft(), unit, depth + 1) || fresh(bin.getRight(), unit, depth + 1);
    }
    if (node instanceof Swc4jAstNewExpr n) {
      return Ast.identifier(n.getCallee()).filter("Date"::equals).isPresent() && n.getArgs().map(a -> a.isEmpty()).orElse(true);
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty()) {
      return false;
    }
    ISwc4jAst callee = call.get().unwrappedCallee();
    if (callee instanceof Swc4jAstIdent fn) {
      return GENERATORS.contains(fn.getSym()) && unit.lookup(fn.getSym()).filter(d -> !(d instanceof Declaration.Import)).isEmpty();
    }
    if (!(callee instanceof Swc4jAstMemberExpr m)) {
      return false;
    }
    Optional<String> owner = Ast.identifier(m.getObj());
    if (owner.isPresent() && RUNTIME_CALLS.contains(owner.get() + "." + Ast.propName(m).orElse(""))) {
      return true;
    }
    // a method of a fresh value: crypto.randomUUID().slice(0, 8), new Date().toISOString(), Date.now().toString(36)
    return fresh(m.getObj(), unit, depth + 1);
  }

  /**
   * What a local variable ({@code at}) or a field of a local object literal ({@code entry.at}) was initialised with, or
   * empty for anything else (a parameter, a field of {@code this}, a destructured name).
   */
  private static Optional<ISwc4jAst> heldValue(ISwc4jAst node, FunctionUnit unit) {
    if (node instanceof Swc4jAstIdent id) {
      return initOf(id.getSym(), unit);
    }
    Swc4jAstMemberExpr m = (Swc4jAstMemberExpr) node;
    Optional<String> field = Ast.propName(m);
    return Ast.identifier(m.getObj()).flatMap(name -> initOf(name, unit))
        .filter(init -> Ast.unwrap(init) instanceof Swc4jAstObjectLit).flatMap(init -> field.flatMap(f -> Ast.keyValue((Swc4jAstObjectLit) Ast.unwrap(init), f)));
  }

  private static Optional<ISwc4jAst> initOf(String name, FunctionUnit unit) {
    return unit.wholeVariable(name).map(Declaration.Variable::init);
  }

  /** The current time: {@code Date.now()}, {@code performance.now()}, {@code new Date()}, or a method of one ({@code .getTime()}). */
  private static boolean now(ISwc4jAst raw, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (node instanceof Swc4jAstNewExpr n) {
      return Ast.identifier(n.getCallee()).filter("Date"::equals).isPresent() && n.getArgs().map(a -> a.isEmpty()).orElse(true);
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return false;
    }
    String called = Ast.identifier(m.getObj()).orElse("") + "." + Ast.propName(m).orElse("");
    return called.equals("Date.now") || called.equals("performance.now") || now(m.getObj(), depth + 1);
  }
}
