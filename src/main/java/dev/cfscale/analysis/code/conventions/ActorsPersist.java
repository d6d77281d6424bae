package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassFields;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.GrowingValues;
import dev.cfscale.analysis.code.LargeContent;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.code.StoredGrowth;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cloudflare Actors' {@code @Persist} fields: the library saves such a field whole, as one storage value, whenever its
 * code changes it, so {@code this.history.items.push(entry)} on a persisted field rewrites the whole grown object.
 * Recorded as {@code persist.set} on the class, with how it grows ({@link StoredGrowth}).
 */
final class ActorsPersist implements Convention {
  private static final Set<String> APPENDS = Set.of("push", "unshift");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    Optional<ClassInfo> owner = unit.owner();
    if (call.isEmpty() || owner.isEmpty() || call.get().args().size() != 1 || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter(APPENDS::contains).isEmpty()) {
      return;
    }
    Optional<List<String>> path = GrowingValues.path(m.getObj());
    if (path.isEmpty() || path.get().size() < 2 || !path.get().get(0).equals("this")
        || !ClassFields.decorated(owner.get(), "Persist").contains(path.get().get(1))) {
      return;
    }
    String field = path.get().get(1);
    StoredGrowth growth = new StoredGrowth(StoredGrowth.Shape.APPENDED, String.join(".", path.get()), false,
        LargeContent.of(call.get().args().get(0), unit, scope.evaluator()), ClassFields.shrinks(owner.get(), field));
    scope.record(unit, node, Optional.of(new Value.Binding(owner.get().name(), BindingType.DURABLE_OBJECT)), "persist.set",
        new KeyArg(KeyArg.Shape.CONSTANT, field), CallOptions.NONE.withGrowth(growth));
  }
}
