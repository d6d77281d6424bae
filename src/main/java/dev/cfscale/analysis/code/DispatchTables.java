package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call through a table of functions picked by a key known only at run time: {@code HANDLERS[method](ctx)}, or
 * {@code const handler = HANDLERS[request.method] ?? notAllowed; handler(ctx)}. Any function of the object literal
 * may run, so the call reaches each of them with its arguments (a WebDAV server's one handler per method). The same for
 * the named function of a record picked from a list of route records ({@code ROUTES[i].handler(req, env)}, see
 * {@link RecordLists}).
 */
final class DispatchTables {
  private static final int MAX_STEPS = 4;

  private DispatchTables() {}

  /** The project functions of the tables {@code callee} reads with a dynamic key, in written order; none when it reads none. */
  static List<FunctionUnit> of(ISwc4jAst callee, FunctionUnit unit, Evaluator evaluator) {
    Set<FunctionUnit> out = new LinkedHashSet<>();
    collect(callee, unit, evaluator, 0, out);
    return List.copyOf(out);
  }

  private static void collect(ISwc4jAst expr, FunctionUnit unit, Evaluator evaluator, int steps, Set<FunctionUnit> out) {
    ISwc4jAst node = Ast.unwrap(expr);
    if (steps > MAX_STEPS) {
      return;
    }
    if (node instanceof Swc4jAstIdent id) {
      // const handler = HANDLERS[method] ?? fallback
      unit.wholeVariable(id.getSym()).ifPresent(v -> collect(v.init(), v.scope(), evaluator, steps + 1, out));
    } else if (node instanceof Swc4jAstBinExpr b && Set.of("??", "||").contains(b.getOp().getName())) {
      collect(b.getLeft(), unit, evaluator, steps + 1, out);
      collect(b.getRight(), unit, evaluator, steps + 1, out);
    } else if (node instanceof Swc4jAstCondExpr c) {
      collect(c.getCons(), unit, evaluator, steps + 1, out);
      collect(c.getAlt(), unit, evaluator, steps + 1, out);
    } else if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).isEmpty()
        && evaluator.eval(m.getObj(), unit) instanceof Value.ObjectLiteral table) {
      functions(table, evaluator, out);
    } else if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).isPresent()) {
      // ROUTES[i].handler(req, env): the handler of any record of the list
      String name = Ast.propName(m).get();
      RecordLists.records(m.getObj(), unit, evaluator).forEach(record -> functionAt(record, name, evaluator, out));
    }
  }

  /** The project function a record's {@code name} property holds ({@code handler: async (req, env) => ...}). */
  private static void functionAt(Value.ObjectLiteral record, String name, Evaluator evaluator, Set<FunctionUnit> out) {
    for (ISwc4jAst prop : record.node().getProps()) {
      Optional<ISwc4jAst> value = prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(name::equals).isPresent()
          ? Optional.of(kv.getValue())
          : prop instanceof Swc4jAstIdent shorthand && shorthand.getSym().equals(name) ? Optional.of(shorthand) : Optional.empty();
      value.map(v -> evaluator.eval(v, record.scope())).filter(v -> v instanceof Value.Function)
          .ifPresent(v -> out.add(((Value.Function) v).unit()));
    }
  }

  /** The project functions an object literal's written properties hold ({@code PROPFIND: handleRequestPropfind}). */
  private static void functions(Value.ObjectLiteral table, Evaluator evaluator, Set<FunctionUnit> out) {
    for (ISwc4jAst prop : table.node().getProps()) {
      Optional<ISwc4jAst> value = prop instanceof Swc4jAstKeyValueProp kv ? Optional.of(kv.getValue())
          : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand) : Optional.empty();
      value.map(v -> evaluator.eval(v, table.scope())).filter(v -> v instanceof Value.Function)
          .ifPresent(v -> out.add(((Value.Function) v).unit()));
    }
  }
}
