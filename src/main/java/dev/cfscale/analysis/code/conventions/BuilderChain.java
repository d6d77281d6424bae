package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query builder's method chain ({@code db.selectFrom("users").where("id", "=", id).execute()}) as a list of
 * steps, for the builders that name tables and columns with strings (Kysely, workers-qb). Shared helpers read
 * string arguments and render values as bound parameters.
 */
record BuilderChain(Swc4jAstCallExpr start, List<Swc4jAstCallExpr> steps) {

  /** The calls chained on {@code start}: {@code start.a(...).b(...)} gives [a, b]. */
  static BuilderChain of(Swc4jAstCallExpr start) {
    List<Swc4jAstCallExpr> out = new ArrayList<>();
    ISwc4jAst current = start;
    while (current.getParent() instanceof Swc4jAstMemberExpr m && m.getObj() == current
        && m.getParent() instanceof Swc4jAstCallExpr call && call.getCallee() == m) {
      out.add(call);
      current = call;
    }
    return new BuilderChain(start, out);
  }

  /** The method a chained call invokes ({@code where} for {@code x.where(...)}). */
  static String method(Swc4jAstCallExpr call) {
    return Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m ? Ast.propName(m).orElse("") : "";
  }

  /** The last method of the chain ("" when nothing is chained on the start). */
  String lastMethod() {
    return steps.isEmpty() ? "" : method(steps.get(steps.size() - 1));
  }

  /** Every chained call to {@code name}, in order. */
  List<Swc4jAstCallExpr> all(String name) {
    return steps.stream().filter(c -> method(c).equals(name)).toList();
  }

  Optional<Swc4jAstCallExpr> first(String name) {
    return steps.stream().filter(c -> method(c).equals(name)).findFirst();
  }

  /** A string literal or constant-free template, the way builders name tables, columns and operators. */
  static Optional<String> text(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    if (n instanceof Swc4jAstTpl t && t.getExprs().isEmpty()) {
      return Optional.of(t.getQuasis().get(0).getCooked().orElse(t.getQuasis().get(0).getRaw()));
    }
    if (n instanceof Swc4jAstNumber num) {
      return Optional.of(num.getRaw().orElse(String.valueOf(num.getValue())));
    }
    return Optional.empty();
  }

  /** The {@code index}-th argument of {@code call}, if written (spreads excluded). */
  static Optional<ISwc4jAst> arg(Swc4jAstCallExpr call, int index) {
    return call.getArgs().size() <= index || call.getArgs().get(index).getSpread().isPresent() ? Optional.empty()
        : Optional.of(call.getArgs().get(index).getExpr());
  }
}
