package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An authentication check that is skipped when its credential is not set, recorded as {@code auth.failsOpen}
 * at the {@code if} (the key names the credentials): middleware that lets the request through when the secret is
 * missing ({@code if (!env.BASIC_USER) return next()}), or a rejection (401/403) that only runs when the secret is
 * set ({@code if (env.WEBHOOK_SECRET) { ...verify... return 401 }}, {@code if (env.SECRET && sig !== expected)}).
 * The middleware must check its caller elsewhere (a 401/403, a credential header, a named check): one that only skips
 * optional work when a key is missing (telemetry) is not authentication. A module that elsewhere refuses to run
 * without the credential ({@link SecretPresence#closedIn}) is not reported.
 */
final class FailOpenAuthChecks implements Convention {
  static final String OPERATION = "auth.failsOpen";
  private static final RequestAuthChecks CALLER_CHECKS = new RequestAuthChecks();
  private static final Pattern DENYING_CALL = Pattern.compile("(?i)^(unauthori[sz]ed|forbidden)\\w*");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent() && PassThrough.is(call.get())) {
      if (!checksCaller(unit, scope)) {
        return; // middleware that skips optional work (telemetry without its key) is not an authentication check
      }
      enclosingIf(node, unit).filter(s -> inBranch(node, s.getCons()))
          .ifPresent(s -> record(s, SecretPresence.absent(s.getTest()), unit, scope));
    } else if (denies(node)) {
      // the first if around the rejection that only runs when a credential is set, with no else that rejects
      for (Optional<Swc4jAstIfStmt> s = enclosingIf(node, unit); s.isPresent(); s = enclosingIf(s.get(), unit)) {
        Set<String> gated = SecretPresence.present(s.get().getTest());
        if (!gated.isEmpty() && inBranch(node, s.get().getCons()) && s.get().getAlt().isEmpty()) {
          record(s.get(), gated, unit, scope);
          return;
        }
      }
    }
  }

  /** True when the middleware authenticates: it answers 401/403, reads a credential header or calls a named check. */
  private static boolean checksCaller(FunctionUnit unit, OperationScope scope) {
    return unit.ownNodes().stream().anyMatch(FailOpenAuthChecks::denies) || CALLER_CHECKS.guards(unit, scope.evaluator());
  }

  private static void record(Swc4jAstIfStmt check, Set<String> credentials, FunctionUnit unit, OperationScope scope) {
    Set<String> closed = SecretPresence.closedIn(unit.module());
    if (credentials.isEmpty() || credentials.stream().anyMatch(closed::contains)) {
      return;
    }
    scope.record(unit, check, Optional.empty(), OPERATION, new KeyArg(KeyArg.Shape.CONSTANT, String.join(",", credentials)),
        CallOptions.NONE);
  }

  /** A call or {@code new} that answers 401/403 ({@code new Response("no", { status: 401 })}, {@code c.text("no", 403)}, {@code unauthorized(c)}). */
  private static boolean denies(ISwc4jAst node) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent()) {
      ISwc4jAst callee = call.get().unwrappedCallee();
      Optional<String> name = Ast.calleeName(callee);
      if (name.filter(n -> DENYING_CALL.matcher(n).matches()).isPresent()) {
        return true;
      }
      return call.get().args().stream().anyMatch(FailOpenAuthChecks::holdsDeniedStatus);
    }
    return node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr n
        && n.getArgs().stream().flatMap(java.util.List::stream).anyMatch(a -> holdsDeniedStatus(a.getExpr()));
  }

  private static boolean holdsDeniedStatus(ISwc4jAst arg) {
    Deque<ISwc4jAst> todo = new ArrayDeque<>();
    todo.add(arg);
    while (!todo.isEmpty()) {
      ISwc4jAst node = todo.pop();
      if (node instanceof Swc4jAstNumber n && DeniedStatus.isCode(n)) {
        return true;
      }
      if (!PassThrough.isFunction(node) && Ast.call(node).isEmpty()) {
        node.getChildNodes().stream().filter(java.util.Objects::nonNull).forEach(todo::push);
      }
    }
    return false;
  }

  /** The nearest {@code if} statement around {@code node} inside {@code unit}'s own code. */
  private static Optional<Swc4jAstIfStmt> enclosingIf(ISwc4jAst node, FunctionUnit unit) {
    for (ISwc4jAst p = node.getParent(); p != null && p != unit.node(); p = p.getParent()) {
      if (PassThrough.isFunction(p)) {
        return Optional.empty();
      }
      if (p instanceof Swc4jAstIfStmt s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean inBranch(ISwc4jAst node, ISwc4jAst branch) {
    for (ISwc4jAst p = node; p != null; p = p.getParent()) {
      if (p == branch) {
        return true;
      }
    }
    return false;
  }
}
