package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One record of a list of route records, picked at run time: {@code ROUTES[i]} after an {@code indexOf}/{@code findIndex},
 * or {@code ROUTES.find((r) => r.path === path)} (also through a {@code const}). The list is an array literal of records
 * (object literals, or calls of a project function that returns one: {@code [usersApi(), ordersApi()]}), or an empty
 * array its module fills with {@code ROUTES.push(record)}. {@code route.handler(req, env)} may run the handler of any
 * record, the way a hand-written router without a framework dispatches.
 */
final class RecordLists {
  private static final Set<String> PICKS = Set.of("find", "findLast");
  private static final int MAX_STEPS = 3;

  /** Per module: an array literal a {@code const} holds -> the calls that push onto it, by syntax alone. */
  private static final Object PUSHES = new Object();

  private RecordLists() {}

  /** The records {@code holder} may be; empty when it is not one element of such a list. */
  static List<Value.ObjectLiteral> records(ISwc4jAst holder, FunctionUnit unit, Evaluator evaluator) {
    return picked(holder, unit, evaluator, 0);
  }

  private static List<Value.ObjectLiteral> picked(ISwc4jAst raw, FunctionUnit unit, Evaluator evaluator, int steps) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (steps > MAX_STEPS) {
      return List.of();
    }
    if (node instanceof Swc4jAstIdent id) {
      // const route = ROUTES.find(...)
      return unit.wholeVariable(id.getSym(), id).map(v -> picked(v.init(), v.scope(), evaluator, steps + 1)).orElse(List.of());
    }
    if (node instanceof Swc4jAstMemberExpr m && m.getProp() instanceof Swc4jAstComputedPropName key
        && Ast.unwrap(key.getExpr()) instanceof Swc4jAstIdent) {
      return elements(m.getObj(), unit, evaluator); // ROUTES[i]
    }
    if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter(PICKS::contains).isPresent()) {
      return elements(m.getObj(), unit, evaluator); // ROUTES.find(...)
    }
    return List.of();
  }

  /** The records of a list: its written elements and what its module pushes onto it; empty when one is not a record. */
  private static List<Value.ObjectLiteral> elements(ISwc4jAst list, FunctionUnit unit, Evaluator evaluator) {
    if (!(evaluator.eval(list, unit) instanceof Value.ArrayLiteral array)) {
      return List.of();
    }
    List<Value.ObjectLiteral> out = new ArrayList<>();
    for (var e : array.node().getElems()) {
      if (e.isEmpty() || e.get().getSpread().isPresent() || !add(e.get().getExpr(), array.scope(), evaluator, out)) {
        return List.of();
      }
    }
    SourceModule module = array.scope().module();
    for (Swc4jAstCallExpr push : pushes(module).getOrDefault(array.node(), List.of())) {
      FunctionUnit at = module.unitHolding(push);
      for (var arg : push.getArgs()) {
        if (arg.getSpread().isPresent() || !add(arg.getExpr(), at, evaluator, out)) {
          return List.of();
        }
      }
    }
    return out;
  }

  private static boolean add(ISwc4jAst element, FunctionUnit unit, Evaluator evaluator, List<Value.ObjectLiteral> out) {
    if (evaluator.eval(element, unit) instanceof Value.ObjectLiteral record) {
      out.add(record);
      return true;
    }
    return false;
  }

  /** {@code ROUTES.push(x)} calls of the module, by the array literal the pushed-onto {@code const} holds. */
  private static Map<Swc4jAstArrayLit, List<Swc4jAstCallExpr>> pushes(SourceModule module) {
    return module.derived(PUSHES, m -> {
      Map<Swc4jAstArrayLit, List<Swc4jAstCallExpr>> out = new IdentityHashMap<>();
      for (Swc4jAstCallExpr call : m.calls()) {
        if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr callee && Ast.propName(callee).filter("push"::equals).isPresent()
            && Ast.unwrap(callee.getObj()) instanceof Swc4jAstIdent list) {
          Optional<Declaration.Variable> v = m.unitHolding(call).wholeVariable(list.getSym(), list);
          if (v.isPresent() && Ast.unwrap(v.get().init()) instanceof Swc4jAstArrayLit array) {
            out.computeIfAbsent(array, k -> new ArrayList<>()).add(call);
          }
        }
      }
      return out;
    });
  }
}
