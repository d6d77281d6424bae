package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The expected value of a Basic-auth check built from credentials in the environment,
 * {@code btoa(`${env.USER}:${env.PASS}`)} (also through a helper's parameters), and compared with what the client
 * sent: when the secrets are not set the expected header is {@code Basic base64("undefined:undefined")}, which
 * anyone can send. Recorded as {@code auth.undefinedCredentials} at the {@code btoa} call. Not when the module refuses to run
 * without the credentials ({@link SecretPresence#closedIn}), nor when the value is sent to another service (built
 * inside a headers object, {@code headers.set(...)} or a {@code fetch}).
 */
final class GuessableBasicAuth implements Convention {
  static final String OPERATION = "auth.undefinedCredentials";
  private static final Set<String> SENDING_CALLS = Set.of("set", "append", "fetch");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || call.get().args().size() != 1 || !Ast.identifier(call.get().callee()).filter("btoa"::equals).isPresent()
        || unit.lookup("btoa").isPresent() || !(Ast.unwrap(call.get().args().get(0)) instanceof Swc4jAstTpl tpl)) {
      return;
    }
    Set<String> credentials = new LinkedHashSet<>();
    for (ISwc4jAst expr : tpl.getExprs()) {
      SecretPresence.envCredential(expr).ifPresent(credentials::add);
      if (scope.evaluator().eval(expr, unit) instanceof Value.Secret s) {
        credentials.add(s.name());
      }
    }
    Set<String> closed = SecretPresence.closedIn(unit.module());
    if (credentials.isEmpty() || credentials.stream().anyMatch(closed::contains) || sent(node, unit) || !compares(unit)) {
      return;
    }
    scope.record(unit, node, Optional.empty(), OPERATION, new KeyArg(KeyArg.Shape.CONSTANT,
        String.join(",", credentials)), CallOptions.NONE);
  }

  /** True when the value goes out with a request: written in an object literal, a {@code headers.set}, a {@code fetch}. */
  private static boolean sent(ISwc4jAst node, FunctionUnit unit) {
    for (ISwc4jAst p = node.getParent(); p != null && p != unit.node() && !PassThrough.isFunction(p); p = p.getParent()) {
      if (p instanceof Swc4jAstObjectLit || p instanceof Swc4jAstNewExpr) {
        return true;
      }
      Optional<Ast.Call> call = Ast.call(p);
      ISwc4jAst callee = call.map(Ast.Call::unwrappedCallee).orElse(null);
      Optional<String> name = Ast.calleeName(callee == null ? p : callee);
      if (call.isPresent() && name.filter(SENDING_CALLS::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** True when the function compares values ({@code auth !== expected}, {@code crypto.subtle.timingSafeEqual(a, b)}). */
  private static boolean compares(FunctionUnit unit) {
    Deque<ISwc4jAst> todo = new ArrayDeque<>();
    todo.add(unit.node());
    while (!todo.isEmpty()) {
      ISwc4jAst node = todo.pop();
      if (node instanceof Swc4jAstBinExpr b && (b.getOp() == Swc4jAstBinaryOp.EqEqEq || b.getOp() == Swc4jAstBinaryOp.NotEqEq
          || b.getOp() == Swc4jAstBinaryOp.EqEq || b.getOp() == Swc4jAstBinaryOp.NotEq)) {
        return true;
      }
      if (Ast.call(node).map(Ast.Call::unwrappedCallee).filter(c -> c instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).filter("timingSafeEqual"::equals).isPresent()).isPresent()) {
        return true;
      }
      if (node == unit.node() || !PassThrough.isFunction(node)) {
        node.getChildNodes().stream().filter(java.util.Objects::nonNull).forEach(todo::push);
      }
    }
    return false;
  }
}
