package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBreakStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstContinueStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt;
import dev.cfscale.facts.code.Branch;
import java.util.ArrayList;
import java.util.List;

/**
 * The arms that code after an {@code if} runs on when the other arm always leaves the block: after
 * {@code if (!row) { await seed(db); return; }} the rest of the block runs only when the branch was not taken, so nothing
 * in that branch runs in the same call as what follows it (a setup function whose steps each end in a return, a guard
 * that answers early). An {@code else if} chain whose arms all leave passes on each of its tests' other arms.
 */
final class EarlyExits {
  private EarlyExits() {}

  /** The arms of the early-leaving ifs among {@code statements} before {@code statement}, in source order. */
  static List<Branch> before(List<? extends ISwc4jAst> statements, ISwc4jAst statement) {
    List<Branch> out = new ArrayList<>();
    for (ISwc4jAst s : statements) {
      if (s == statement) {
        return out;
      }
      fallThrough(s, out);
    }
    return List.of(); // not a statement of this list (an expression's part): nothing precedes it here
  }

  /** Adds the arms code after {@code s} runs on: those of its ifs whose other arm always leaves. */
  private static void fallThrough(ISwc4jAst s, List<Branch> out) {
    if (s instanceof Swc4jAstBlockStmt block) {
      block.getStmts().forEach(inner -> fallThrough(inner, out));
    } else if (s instanceof Swc4jAstIfStmt branch) {
      boolean thenLeaves = leaves(branch.getCons());
      boolean elseLeaves = branch.getAlt().filter(EarlyExits::leaves).isPresent();
      if (thenLeaves && !elseLeaves) {
        out.add(passed(branch, "else"));
        branch.getAlt().ifPresent(alt -> fallThrough(alt, out));
      } else if (elseLeaves && !thenLeaves) {
        out.add(passed(branch, "then"));
        fallThrough(branch.getCons(), out);
      }
    }
  }

  private static Branch passed(Swc4jAstIfStmt branch, String arm) {
    return new Branch(Branch.Construct.IF, branch.getSpan().getStart(), arm, false);
  }

  /** Whether {@code s} never lets the statements after it run: it returns, throws or jumps on every path. */
  static boolean leaves(ISwc4jAst s) {
    if (s instanceof Swc4jAstReturnStmt || s instanceof Swc4jAstThrowStmt || s instanceof Swc4jAstBreakStmt
        || s instanceof Swc4jAstContinueStmt) {
      return true;
    }
    if (s instanceof Swc4jAstBlockStmt block) {
      return block.getStmts().stream().anyMatch(EarlyExits::leaves);
    }
    if (s instanceof Swc4jAstIfStmt branch) {
      return leaves(branch.getCons()) && branch.getAlt().filter(EarlyExits::leaves).isPresent();
    }
    if (s instanceof Swc4jAstTryStmt attempt) {
      // a finally that leaves overrides the rest; otherwise the try must leave and so must its catch, if any
      return attempt.getFinalizer().filter(EarlyExits::leaves).isPresent()
          || leaves(attempt.getBlock()) && attempt.getHandler().map(c -> leaves(c.getBody())).orElse(true);
    }
    return false;
  }
}
