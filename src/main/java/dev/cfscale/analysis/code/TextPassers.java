package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.findings.Location;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The callers that give a query helper one of its SQL texts ({@code this.sql2("DELETE ...")} in {@code onAlarm}): the
 * helper runs that text only for them, so the query is reached from their entries, not from every caller's. A caller
 * counts when it owns the call the text was first passed at, or writes the same text itself (passed at a later site).
 */
final class TextPassers {
  private final Map<FunctionUnit, List<FunctionUnit>> callers = new IdentityHashMap<>();

  TextPassers(List<CallEdge> edges) {
    for (CallEdge e : edges) {
      List<FunctionUnit> of = callers.computeIfAbsent(e.callee(), k -> new ArrayList<>());
      if (!of.contains(e.caller())) {
        of.add(e.caller());
      }
    }
  }

  /** The callers of {@code helper} that pass it {@code text} (first passed at {@code site}); empty when none is found. */
  List<FunctionUnit> of(FunctionUnit helper, String text, Location site) {
    return callers.getOrDefault(helper, List.of()).stream().filter(c -> passes(c, text, site)).toList();
  }

  private static boolean passes(FunctionUnit caller, String text, Location site) {
    String file = caller.module().relativePath();
    for (ISwc4jAst node : caller.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isPresent() && (Ast.location(file, node).equals(site) || call.get().args().stream().anyMatch(a -> literal(a, text)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean literal(ISwc4jAst arg, String text) {
    ISwc4jAst n = Ast.unwrap(arg);
    if (n instanceof Swc4jAstStr s) {
      return s.getValue().equals(text);
    }
    return n instanceof Swc4jAstTpl t && t.getExprs().isEmpty() && t.getQuasis().size() == 1
        && t.getQuasis().get(0).getCooked().orElse(t.getQuasis().get(0).getRaw()).equals(text);
  }
}
