package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A route handler that only administrators can run: it calls an admin guard ({@code requireAdmin(event)},
 * {@code ensureAdmin(...)}) or authorizes against an ability that allows admins only
 * ({@code authorize(event, listUsers)} with {@code listUsers = defineAbility((user) => user.roleType === "admin")},
 * nuxt-authorization's shape). Traffic there is an operator's, not users'.
 */
final class AdminGuards {
  private static final Pattern GUARD = Pattern.compile("^(require|ensure|assert|check|verify|only)\\w*admin\\w*$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_HOPS = 4;

  private AdminGuards() {}

  /** True when {@code handler}'s own code calls an admin-only guard. */
  static boolean adminOnly(FunctionUnit handler, Project project) {
    ISwc4jAst body = handler.node();
    for (Swc4jAstCallExpr call : handler.module().calls()) {
      if (!within(call, body)) {
        continue;
      }
      Optional<String> name = Ast.identifier(call.getCallee());
      if (name.filter(n -> GUARD.matcher(n).matches()).isPresent()) {
        return true;
      }
      if (name.filter("authorize"::equals).isPresent() && call.getArgs().size() >= 2
          && Ast.identifier(call.getArgs().get(1).getExpr()).flatMap(handler::lookup).map(d -> project.throughImports(d, MAX_HOPS))
              .filter(AdminGuards::isAdminAbility).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** {@code defineAbility(..., (user) => user.role === "admin")}: every value the callback returns is an admin check. */
  private static boolean isAdminAbility(Declaration d) {
    if (!(d instanceof Declaration.Variable v) || !(Ast.unwrap(v.init()) instanceof Swc4jAstCallExpr define) || define.getArgs().isEmpty()) {
      return false;
    }
    ISwc4jAst fn = Ast.unwrap(define.getArgs().get(define.getArgs().size() - 1).getExpr());
    List<ISwc4jAst> returned = new ArrayList<>();
    if (fn instanceof Swc4jAstArrowExpr arrow && !(arrow.getBody() instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt)) {
      returned.add(arrow.getBody());
    } else if (fn instanceof Swc4jAstArrowExpr || fn instanceof Swc4jAstFnExpr) {
      collectReturns(fn, fn, returned);
    } else {
      return false;
    }
    return !returned.isEmpty() && returned.stream().allMatch(AdminGuards::comparesToAdmin);
  }

  private static void collectReturns(ISwc4jAst node, ISwc4jAst root, List<ISwc4jAst> out) {
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child == null || (child != root && (child instanceof Swc4jAstArrowExpr || child instanceof Swc4jAstFnExpr))) {
        continue;
      }
      if (child instanceof Swc4jAstReturnStmt ret) {
        ret.getArg().ifPresent(out::add);
      }
      collectReturns(child, root, out);
    }
  }

  /** {@code x === "admin"}, or such a check {@code &&}-ed with others. */
  private static boolean comparesToAdmin(ISwc4jAst expr) {
    if (!(Ast.unwrap(expr) instanceof Swc4jAstBinExpr b)) {
      return false;
    }
    if (b.getOp() == Swc4jAstBinaryOp.LogicalAnd) {
      return comparesToAdmin(b.getLeft()) || comparesToAdmin(b.getRight());
    }
    boolean equality = b.getOp() == Swc4jAstBinaryOp.EqEqEq || b.getOp() == Swc4jAstBinaryOp.EqEq;
    return equality && (isAdmin(b.getLeft()) || isAdmin(b.getRight()));
  }

  private static boolean isAdmin(ISwc4jAst node) {
    return Ast.unwrap(node) instanceof Swc4jAstStr s && s.getValue().toLowerCase(Locale.ROOT).equals("admin");
  }

  private static boolean within(ISwc4jAst node, ISwc4jAst body) {
    return node.getSpan().getStart() >= body.getSpan().getStart() && node.getSpan().getEnd() <= body.getSpan().getEnd();
  }
}
