package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression holds a value made fresh on every evaluation: a random id ({@code crypto.randomUUID()},
 * {@code Math.random()}) or the current time ({@code Date.now()}, {@code new Date()}), directly, inside a template or
 * a concatenation, or through a method of one ({@code crypto.randomUUID().slice(0, 8)}). Only values written inline
 * count: a fresh id held in a variable ({@code const slug = nanoid()}) is usually handed back to the client as the name
 * of a record it created (a short link, an upload), while a key that embeds it inline is named by nothing the code
 * keeps, so only a list could ever find the entry again (a log or scratch entry).
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
}
