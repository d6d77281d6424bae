package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code fn.call(thisArg, a, b)} and {@code fn.apply(thisArg, [a, b])}: calls of a project function with an explicit
 * {@code this}, whose arguments are the ones after {@code thisArg} (the elements of the array literal for
 * {@code apply}; none known when {@code apply} gets anything else).
 */
final class ExplicitThisCalls {
  private ExplicitThisCalls() {}

  /** The function called and the arguments its parameters receive. */
  record Invocation(FunctionUnit function, List<ISwc4jAst> args) {}

  /** The invocation {@code callee(args)} makes when it is {@code fn.call(...)} or {@code fn.apply(...)} on a project function. */
  static Optional<Invocation> of(ISwc4jAst callee, List<ISwc4jAst> args, FunctionUnit unit, Evaluator evaluator) {
    if (!(Ast.unwrap(callee) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    String method = Ast.propName(m).orElse("");
    if (!method.equals("call") && !method.equals("apply")) {
      return Optional.empty();
    }
    if (!(evaluator.eval(m.getObj(), unit) instanceof Value.Function f)) {
      return Optional.empty();
    }
    List<ISwc4jAst> passed = args.size() < 2 ? List.of()
        : method.equals("call") ? args.subList(1, args.size()) : elements(args.get(1));
    return Optional.of(new Invocation(f.unit(), passed));
  }

  /** The elements of an array literal without holes or spreads, else none (what they are is unknown). */
  private static List<ISwc4jAst> elements(ISwc4jAst arg) {
    if (!(Ast.unwrap(arg) instanceof Swc4jAstArrayLit array)) {
      return List.of();
    }
    List<ISwc4jAst> out = new ArrayList<>();
    for (Optional<Swc4jAstExprOrSpread> element : array.getElems()) {
      if (element.isEmpty() || element.get().getSpread().isPresent()) {
        return List.of();
      }
      out.add(element.get().getExpr());
    }
    return out;
  }
}
