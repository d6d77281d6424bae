package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstAssignOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import java.util.Optional;
import java.util.Set;

/**
 * A call that runs only when a value tried first is missing: {@code userData ?? await loadUser(id)},
 * {@code cached || await load()}, {@code client ??= await connect()}. Which value was tried decides how often the
 * call runs: a parameter the caller filled ({@link #parameterTried}) never needs it; a memo the loop fills or a
 * collection loaded before the loop ({@link LoopMemos}) needs it only on a miss.
 */
final class Fallbacks {
  private Fallbacks() {}

  /** The value tried before {@code call}, when {@code call} (awaited, or read through) is the right of {@code ??}/{@code ||}/{@code ??=}/{@code ||=}. */
  static Optional<ISwc4jAst> tried(ISwc4jAst call) {
    ISwc4jAst child = call;
    ISwc4jAst p = call.getParent();
    while (p instanceof Swc4jAstAwaitExpr || p instanceof Swc4jAstParenExpr || wraps(p, child)) {
      child = p;
      p = p.getParent();
    }
    if (p instanceof Swc4jAstBinExpr b && b.getRight() == child
        && (b.getOp() == Swc4jAstBinaryOp.NullishCoalescing || b.getOp() == Swc4jAstBinaryOp.LogicalOr)) {
      return Optional.of(b.getLeft());
    }
    if (p instanceof Swc4jAstAssignExpr a && a.getRight() == child
        && (a.getOp() == Swc4jAstAssignOp.NullishAssign || a.getOp() == Swc4jAstAssignOp.OrAssign)) {
      return Optional.of(a.getLeft());
    }
    return Optional.empty();
  }

  /** {@code (await load()).user}, {@code load() as User}: the fallback's value read on, still the same fallback. */
  private static boolean wraps(ISwc4jAst p, ISwc4jAst child) {
    return p instanceof Swc4jAstMemberExpr m && m.getObj() == child || Ast.unwrap(p) != p && Ast.unwrap(p) == Ast.unwrap(child);
  }

  /**
   * The index of {@code unit}'s own parameter that {@code call} stands in for ({@code userData ?? await loadUser(id)}
   * with {@code userData} the fourth parameter: 3), or -1: a caller that passes that parameter never runs the call.
   */
  static int parameterTried(ISwc4jAst call, FunctionUnit unit) {
    Optional<ISwc4jAst> tried = tried(call);
    if (tried.isEmpty()) {
      return -1;
    }
    ISwc4jAst value = Ast.unwrap(tried.get());
    String name = value instanceof Swc4jAstIdent id ? id.getSym() : value instanceof Swc4jAstBindingIdent b ? b.getId().getSym() : null;
    if (name == null) {
      return -1;
    }
    return unit.lookup(name, value).filter(d -> d instanceof Declaration.Parameter p && p.unit() == unit && p.path().isEmpty())
        .map(d -> ((Declaration.Parameter) d).index()).orElse(-1);
  }

  /**
   * The indexes of the callee's parameters that {@code args} fill with a value known to be there: an argument written
   * at the call that is not {@code null}/{@code undefined}, a spread, or the caller's own parameter passed on (which
   * may itself be missing).
   */
  static Set<Integer> given(java.util.List<ISwc4jAst> args, FunctionUnit caller) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      ISwc4jAst arg = args.get(i);
      if (arg.getParent() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread s && s.getSpread().isPresent()) {
        break; // f(...rest): the positions after it are not known
      }
      if (!missingOrPassedOn(Ast.unwrap(arg), caller)) {
        out.add(i);
      }
    }
    return Set.copyOf(out);
  }

  private static boolean missingOrPassedOn(ISwc4jAst arg, FunctionUnit caller) {
    if (arg instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull
        || arg instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr u && u.getOp().getName().equals("void")) {
      return true;
    }
    return arg instanceof Swc4jAstIdent id && (id.getSym().equals("undefined")
        || caller.lookup(id.getSym(), id).filter(Declaration.Parameter.class::isInstance).isPresent());
  }
}
