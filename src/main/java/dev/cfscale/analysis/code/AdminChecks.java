package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Code that runs only once the caller was found to be an administrator: the branch of {@code if (isAdmin())} (or of
 * {@code const isAdminUser = await isAdmin(request); if (isAdminUser) {...}}, {@code user.role === "admin"}), and the
 * statements after {@code if (!isAdmin()) return forbidden()} in the same block or {@code switch} case, as a dispatch
 * switch checks each administrative action in its own case. Its traffic is an operator's, as under an {@code /admin}
 * path.
 */
final class AdminChecks {
  /** A check named for an administrator: {@code isAdmin}, {@code isAdminUser}, {@code requireAdmin}, {@code hasAdminRole}. */
  private static final Pattern ADMIN_CHECK = Pattern.compile("^(is|has|check|ensure|require|verify|assert)_?(super_?)?admin\\w*$",
      Pattern.CASE_INSENSITIVE);
  private static final Set<Swc4jAstBinaryOp> EQUALS = Set.of(Swc4jAstBinaryOp.EqEqEq, Swc4jAstBinaryOp.EqEq);

  private AdminChecks() {}

  /** True when {@code child}, a part of {@code p}, runs only after an admin check that {@code p} makes. */
  static boolean guards(ISwc4jAst p, ISwc4jAst child, FunctionUnit unit) {
    if (p instanceof Swc4jAstIfStmt branch && child != branch.getTest()) {
      return child == branch.getCons() ? isAdmin(branch.getTest(), unit) : notAdmin(branch.getTest(), unit);
    }
    if (p instanceof Swc4jAstBlockStmt block) {
      return refusedBefore(block.getStmts(), child, unit);
    }
    if (p instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstSwitchCase c) {
      return refusedBefore(c.getCons(), child, unit);
    }
    return false;
  }

  /** An {@code if (!isAdmin()) return ...} (or throw) among the statements before {@code statement}. */
  private static boolean refusedBefore(List<? extends ISwc4jAst> statements, ISwc4jAst statement, FunctionUnit unit) {
    for (ISwc4jAst s : statements) {
      if (s == statement) {
        return false;
      }
      if (s instanceof Swc4jAstIfStmt refusal && refusal.getAlt().isEmpty() && EarlyExits.leaves(refusal.getCons()) && notAdmin(refusal.getTest(), unit)) {
        return true;
      }
    }
    return false;
  }

  /** {@code !isAdmin()}, {@code !isAdminUser}: holds for everyone but an administrator. */
  private static boolean notAdmin(ISwc4jAst test, FunctionUnit unit) {
    return Ast.unwrap(test) instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang && isAdmin(u.getArg(), unit);
  }

  /** Holds only for an administrator: an admin check, or an {@code &&} with one. */
  static boolean isAdmin(ISwc4jAst test, FunctionUnit unit) {
    ISwc4jAst t = Ast.unwrap(test);
    while (t instanceof Swc4jAstAwaitExpr a) {
      t = Ast.unwrap(a.getArg());
    }
    if (t instanceof Swc4jAstBinExpr b && b.getOp() == Swc4jAstBinaryOp.LogicalAnd) {
      return isAdmin(b.getLeft(), unit) || isAdmin(b.getRight(), unit);
    }
    if (t instanceof Swc4jAstBinExpr b && EQUALS.contains(b.getOp())) {
      return adminWord(b.getLeft()) || adminWord(b.getRight());
    }
    if (t instanceof Swc4jAstIdent id) {
      return ADMIN_CHECK.matcher(id.getSym()).matches() || unit.wholeVariable(id.getSym(), id)
          .filter(v -> isAdminCall(v.init())).isPresent();
    }
    if (t instanceof Swc4jAstMemberExpr m) {
      return Ast.propName(m).filter(name -> ADMIN_CHECK.matcher(name).matches()).isPresent(); // user.isAdmin
    }
    return isAdminCall(t);
  }

  /** {@code isAdmin()}, {@code await auth.isAdmin(request)}. */
  private static boolean isAdminCall(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    while (n instanceof Swc4jAstAwaitExpr a) {
      n = Ast.unwrap(a.getArg());
    }
    return Ast.call(n).flatMap(c -> Ast.calleeName(c.unwrappedCallee())).filter(name -> ADMIN_CHECK.matcher(name).matches()).isPresent();
  }

  /** The string {@code "admin"} a role is compared with. */
  private static boolean adminWord(ISwc4jAst node) {
    return Ast.unwrap(node) instanceof Swc4jAstStr s && s.getValue().equalsIgnoreCase("admin");
  }
}
