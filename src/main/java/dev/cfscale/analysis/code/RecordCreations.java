package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;

/**
 * Create unless taken: {@code const existing = await KV.get(`link:${slug}`); if (existing) return existing;
 * await KV.put(`link:${slug}`, JSON.stringify(body))}. The read returns early with what it found, as a cache lookup
 * does, but the put under the same key stores what the client sent (a link, a paste), not an answer computed on a
 * miss: the key holds a record of its own, so the read is no cache lookup and the put no cache fill.
 */
final class RecordCreations {
  private RecordCreations() {}

  /** True when {@code unit} also puts, on the object {@code get} reads and under its key text, a value the client sent. */
  static boolean writesClientRecord(Ast.Call get, FunctionUnit unit, Evaluator evaluator) {
    if (!(get.unwrappedCallee() instanceof Swc4jAstMemberExpr read) || get.args().isEmpty()) {
      return false;
    }
    String source = unit.module().source();
    String store = Ast.text(source, read.getObj());
    String key = Ast.text(source, get.args().get(0));
    return Ast.contains(unit.node(), n -> {
      if (n != unit.node() && unit.module().unitAt(n).isPresent()) {
        return false; // a nested function is another unit's code
      }
      Optional<Ast.Call> put = Ast.call(n);
      return put.isPresent() && put.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m
          && Ast.propName(m).filter("put"::equals).isPresent() && put.get().args().size() >= 2
          && Ast.text(source, m.getObj()).equals(store) && Ast.text(source, put.get().args().get(0)).equals(key)
          && fromClient(put.get().args().get(1), unit, evaluator);
    });
  }

  /** The value is client input, also serialised ({@code JSON.stringify(body)}) or as a field of a written object. */
  private static boolean fromClient(ISwc4jAst value, FunctionUnit unit, Evaluator evaluator) {
    ISwc4jAst node = Ast.unwrap(value);
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("stringify"::equals).isPresent()
        && Ast.identifier(m.getObj()).filter("JSON"::equals).isPresent() && !call.get().args().isEmpty()) {
      return fromClient(call.get().args().get(0), unit, evaluator);
    }
    if (node instanceof Swc4jAstObjectLit object) {
      return object.getProps().stream().anyMatch(p -> p instanceof Swc4jAstKeyValueProp kv && fromClient(kv.getValue(), unit, evaluator)
          || p instanceof Swc4jAstIdent shorthand && evaluator.eval(shorthand, unit) instanceof Value.ClientInput);
    }
    return evaluator.eval(node, unit) instanceof Value.ClientInput;
  }
}
