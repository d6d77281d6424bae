package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstCatchClause;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt;
import dev.cfscale.facts.code.ErrorScope;
import java.util.Optional;

/**
 * Where a call sits relative to error handling within its own function: the innermost try statement's
 * block, catch clause or finally block, or a promise chain ending in {@code .catch(...)}
 * ({@code await fetch(url).catch(() => null)} is caught like a try block).
 */
final class TryScopes {
  private TryScopes() {}

  static ErrorScope of(ISwc4jAst call, FunctionUnit unit, String file) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null && child != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstTryStmt t) {
        ISwc4jAst inside = child;
        ErrorScope.Part part = inside == t.getBlock() ? ErrorScope.Part.TRY
            : t.getFinalizer().filter(f -> f == inside).isPresent() ? ErrorScope.Part.FINALLY : ErrorScope.Part.CATCH;
        return new ErrorScope(part, Optional.of(Ast.location(file, t)), false);
      }
      if (p instanceof Swc4jAstCatchClause c && c.getParent() instanceof Swc4jAstTryStmt t) {
        return new ErrorScope(ErrorScope.Part.CATCH, Optional.of(Ast.location(file, t)), false);
      }
      if (child == call || isChainLink(child)) {
        Optional<Swc4jAstCallExpr> handler = promiseCatch(p, child);
        if (handler.isPresent()) {
          return new ErrorScope(ErrorScope.Part.TRY, Optional.of(Ast.location(file, handler.get())), false);
        }
      }
      if (p == unit.node()) {
        break;
      }
    }
    return ErrorScope.NONE;
  }

  /** {@code x.catch(handler)} where {@code child} is {@code x}'s member object: the chain's rejection is handled. */
  private static Optional<Swc4jAstCallExpr> promiseCatch(ISwc4jAst parent, ISwc4jAst child) {
    if (parent instanceof Swc4jAstMemberExpr m && m.getObj() == child && Ast.propName(m).filter("catch"::equals).isPresent()
        && m.getParent() instanceof Swc4jAstCallExpr c && c.getCallee() == m) {
      return Optional.of(c);
    }
    return Optional.empty();
  }

  /** Nodes a promise chain passes through on its way to {@code .catch}: {@code .then(...)} calls and their members. */
  private static boolean isChainLink(ISwc4jAst node) {
    return node instanceof Swc4jAstCallExpr || node instanceof Swc4jAstMemberExpr
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
  }
}
