package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How middleware lets a request through to the handler it guards: {@code next()} (Hono, itty-router, Express
 * style) or {@code context.next()} (Pages Functions' {@code _middleware}), called with no argument.
 */
final class PassThrough {
  private PassThrough() {}

  /** True when {@code call} hands the request on: {@code next()}, {@code await next()}, {@code context.next()}. */
  static boolean is(Ast.Call call) {
    if (!call.args().isEmpty()) {
      return false;
    }
    ISwc4jAst callee = call.unwrappedCallee();
    if (callee instanceof Swc4jAstIdent id) {
      return id.getSym().equals("next");
    }
    return callee instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("next"::equals).isPresent()
        && Ast.identifier(m.getObj()).filter(o -> o.equals("context") || o.equals("ctx") || o.equals("c")).isPresent();
  }

  /** True when {@code branch} (not counting functions written in it) hands the request on. */
  static boolean within(ISwc4jAst branch) {
    Deque<ISwc4jAst> todo = new ArrayDeque<>();
    todo.add(branch);
    while (!todo.isEmpty()) {
      ISwc4jAst node = todo.pop();
      if (Ast.call(node).filter(PassThrough::is).isPresent()) {
        return true;
      }
      if (!isFunction(node)) {
        node.getChildNodes().stream().filter(java.util.Objects::nonNull).forEach(todo::push);
      }
    }
    return false;
  }

  /** A function written inside other code: what it does runs later, not as part of the branch. */
  static boolean isFunction(ISwc4jAst node) {
    return node instanceof Swc4jAstArrowExpr || node instanceof Swc4jAstFnExpr
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl
        || node instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
  }
}
