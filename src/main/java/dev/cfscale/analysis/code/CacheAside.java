package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import java.util.Optional;

/**
 * Recognises the read side of a cache-aside pattern: {@code const hit = await KV.get(key); if (hit) return ...}.
 * A get whose result is tested and returned early is a cache lookup; a get whose result is modified and
 * written back (a counter) is not, nor is a record lookup that returns early when the value is missing
 * ({@code if (!record) return 404}) and then updates it: a miss branch makes a cache only when it fills one
 * ({@code if (!hit) { ...; await KV.put(key, v); return v; }}); nor is a rate limiter's read of the caller's last stamp,
 * whose early return refuses with 429.
 */
final class CacheAside {
  private CacheAside() {}

  static boolean isLookup(ISwc4jAst getCall, FunctionUnit unit) {
    Optional<String> variable = resultVariable(getCall);
    if (variable.isPresent() && isRaw(getCall)) {
      return returnsEarlyOn(unit.node(), variable.get(), unit, false);
    }
    // a parsed list or object is what a read-modify-write changes: only a miss branch that fills the key makes it a cache
    return variable.isPresent() && returnsEarlyOn(unit.node(), variable.get(), unit, true);
  }

  /** The read itself is the variable's value (not parsed or defaulted first). */
  private static boolean isRaw(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (isJsonParse(p) || p instanceof Swc4jAstBinExpr) {
        return false;
      }
      if (p instanceof Swc4jAstVarDeclarator || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr) {
        return true;
      }
    }
    return true;
  }

  /**
   * The variable a call's (awaited) result is declared or assigned with, also parsed or given a default
   * ({@code cached = JSON.parse((await KV.get(key)) ?? "null")}).
   */
  static Optional<String> resultVariable(ISwc4jAst call) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstVarDeclarator d) {
        return d.getName() instanceof Swc4jAstBindingIdent b ? Optional.of(b.getId().getSym()) : Optional.empty();
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr a && a.getRight() == child) {
        return a.getLeft() instanceof Swc4jAstBindingIdent b ? Optional.of(b.getId().getSym()) : Optional.empty();
      }
      // an optional chain (platform?.env?.CACHE.get(key), SvelteKit's usual reach for a binding) wraps the call itself
      if (!(p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr
          || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstOptChainExpr || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread
          || isJsonParse(p) || isDefault(p, child))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code (await KV.get(key)) ?? "[]"}: the read with a default for a miss. */
  private static boolean isDefault(ISwc4jAst node, ISwc4jAst child) {
    return node instanceof Swc4jAstBinExpr b && b.getLeft() == child
        && (b.getOp() == Swc4jAstBinaryOp.NullishCoalescing || b.getOp() == Swc4jAstBinaryOp.LogicalOr);
  }

  private static boolean isJsonParse(ISwc4jAst node) {
    return node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("parse"::equals).isPresent() && Ast.identifier(m.getObj()).filter("JSON"::equals).isPresent();
  }

  /** An {@code if} in the unit (not in nested functions) that tests {@code variable} and returns. */
  private static boolean returnsEarlyOn(ISwc4jAst node, String variable, FunctionUnit unit, boolean onlyFill) {
    if (node != unit.node() && unit.module().unitAt(node).isPresent()) {
      return false;
    }
    if (node instanceof Swc4jAstIfStmt branch && mentions(branch.getTest(), variable) && containsReturn(branch.getCons())
        && !throttles(branch.getCons()) && (onlyFill ? fillsOnMiss(branch, variable) : !testsMissing(branch.getTest(), variable) || containsPut(branch.getCons()))) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && returnsEarlyOn(child, variable, unit, onlyFill)) {
        return true;
      }
    }
    return false;
  }

  /** {@code !v}, {@code !v.metadata}, {@code v === null}, {@code v == undefined}: the test is true when the value is missing. */
  /** {@code if (v === null || v.length === 0) { ...; await KV.put(key, fresh); }}: the branch runs on a miss and fills the key. */
  private static boolean fillsOnMiss(Swc4jAstIfStmt branch, String variable) {
    return missFirst(branch.getTest(), variable) && containsPut(branch.getCons());
  }

  /** A missing-value test, or an {@code ||} chain that starts with one. */
  private static boolean missFirst(ISwc4jAst test, String variable) {
    ISwc4jAst node = Ast.unwrap(test);
    return testsMissing(node, variable)
        || node instanceof Swc4jAstBinExpr or && or.getOp() == Swc4jAstBinaryOp.LogicalOr && missFirst(or.getLeft(), variable);
  }

  private static boolean testsMissing(ISwc4jAst test, String variable) {
    ISwc4jAst node = Ast.unwrap(test);
    if (node instanceof Swc4jAstUnaryExpr not && not.getOp() == Swc4jAstUnaryOp.Bang) {
      return mentions(not.getArg(), variable);
    }
    if (node instanceof Swc4jAstBinExpr b && (b.getOp() == Swc4jAstBinaryOp.EqEqEq || b.getOp() == Swc4jAstBinaryOp.EqEq)) {
      return (Ast.nullish(b.getLeft()) && mentions(b.getRight(), variable)) || (Ast.nullish(b.getRight()) && mentions(b.getLeft(), variable));
    }
    return false;
  }


  /** A {@code .put(...)} call inside {@code node}: the miss branch fills the cache. */
  private static boolean containsPut(ISwc4jAst node) {
    if (Ast.call(node).filter(call -> call.unwrappedCallee() instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("put"::equals).isPresent()).isPresent()) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && containsPut(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(ISwc4jAst node, String variable) {
    return Ast.contains(node, n -> n instanceof Swc4jAstIdent id && id.getSym().equals(variable));
  }

  /** HTTP 429 Too Many Requests: the status a throttle answers with. */
  private static final double TOO_MANY_REQUESTS = 429;

  /**
   * The branch answers 429 ({@code if (last) return new Response("Too many requests", { status: 429 })}): the read is
   * a rate limiter's stamp of the caller's last request, refused when present, not a cached answer served on a hit.
   */
  private static boolean throttles(ISwc4jAst branch) {
    return Ast.contains(branch, n -> n instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber number
        && number.getValue() == TOO_MANY_REQUESTS);
  }

  private static boolean containsReturn(ISwc4jAst node) {
    return Ast.contains(node, Swc4jAstReturnStmt.class::isInstance);
  }
}
