package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstTplElement;
import java.util.Optional;

/**
 * The SQL text of a {@code prepare()} argument when it is static: a literal, a constant, a
 * concatenation of those, or a template literal. Template interpolations are kept as
 * {@code ${...}} and the text is marked {@code templated} (they are not bind parameters).
 */
public record SqlText(Optional<String> text, boolean templated) {
  static final SqlText NONE = new SqlText(Optional.empty(), false);
  /** How many variables and concatenations deep the text is followed. */
  private static final int MAX_DEPTH = 8;

  /** The SQL text {@code arg} holds, and whether it is a template with interpolations. */
  public static SqlText of(ISwc4jAst arg, FunctionUnit unit, Evaluator evaluator) {
    return of(arg, unit, evaluator, 0);
  }

  private static SqlText of(ISwc4jAst arg, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst node = Ast.unwrap(arg);
    if (reassigned(node, unit)) {
      return NONE;
    }
    if (node instanceof Swc4jAstTpl tpl) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < tpl.getQuasis().size(); i++) {
        Swc4jAstTplElement q = tpl.getQuasis().get(i);
        sb.append(q.getCooked().orElse(q.getRaw()));
        if (i < tpl.getExprs().size()) {
          Value v = evaluator.eval(tpl.getExprs().get(i), unit);
          sb.append(v instanceof Value.Text t ? t.text() : "${...}");
        }
      }
      String text = sb.toString();
      return new SqlText(Optional.of(text), text.contains("${...}"));
    }
    if (node instanceof Swc4jAstBinExpr bin && bin.getOp() == Swc4jAstBinaryOp.Add) {
      SqlText left = of(bin.getLeft(), unit, evaluator, depth + 1);
      SqlText right = of(bin.getRight(), unit, evaluator, depth + 1);
      if (left.text().isPresent() && right.text().isPresent()) {
        return new SqlText(Optional.of(left.text().get() + right.text().get()), left.templated() || right.templated());
      }
      return new SqlText(Optional.of(left.text().orElse("${...}") + right.text().orElse("${...}")), true);
    }
    Value v = evaluator.eval(node, unit);
    if (v instanceof Value.Text t) {
      return new SqlText(Optional.of(t.text()), false);
    }
    // const query = `${Q.BASE} WHERE id = ?`; prepare(query): read the template the variable holds
    Optional<Declaration.Variable> var = depth < MAX_DEPTH ? Ast.identifier(node).flatMap(unit::wholeVariable) : Optional.empty();
    if (var.isPresent()) {
      return of(var.get().init(), var.get().scope(), evaluator, depth + 1);
    }
    return NONE;
  }

  /**
   * True when {@code node} names a variable declared with a value and assigned another one later: SQL built in steps
   * ({@code let sql = `INSERT INTO ${table}`; sql = `${sql} (${cols}) VALUES (...)`}) is not its first text, and
   * which later text reaches the call depends on the order the statements run in. Appends ({@code sql += " AND a = ?"})
   * keep the first text: the query without its optional parts.
   */
  static boolean reassigned(ISwc4jAst node, FunctionUnit unit) {
    if (!(node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent id)) {
      return false;
    }
    for (FunctionUnit u = unit; u != null; u = u.parent().orElse(null)) {
      if (u.declares(id.getSym())) {
        return u.reassigns(id.getSym());
      }
    }
    return false;
  }
}
