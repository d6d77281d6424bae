package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;

/**
 * Reading a getter runs it: {@code db.byIdQuery.bind(id).first()} with {@code get byIdQuery() { return this.DB.prepare(...) }}
 * calls the getter's code, so what the getter does (the statement it prepares, often once, kept in a field) is reached
 * from wherever the read is. The {@link OperationCollector} adds that call edge for a getter read as the object of a call.
 */
final class GetterReads {
  /** How many superclasses a getter is looked up in. */
  private static final int MAX_SUPERCLASSES = 8;

  private GetterReads() {}

  /** The getter {@code node} ({@code obj.name} or {@code this.name}) runs, when it reads one of a project class. */
  static Optional<FunctionUnit> of(ISwc4jAst node, FunctionUnit unit, Evaluator evaluator) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    Optional<String> prop = Ast.propName(m);
    Project project = evaluator.project();
    // no prefilter by the Worker's getter names: an index over the Worker's modules would make every collection
    // that asks depend on the Worker's module list, so no collection could be reused by another Worker of a monorepo
    // (the Agents SDK monorepo took 1.8x the CPU); the object's value is asked of the evaluator, as the call's target is
    if (prop.isEmpty()) {
      return Optional.empty();
    }
    ISwc4jAst obj = Ast.unwrap(m.getObj());
    Optional<ClassInfo> owner = obj instanceof Swc4jAstThisExpr ? unit.owner()
        : evaluator.eval(obj, unit) instanceof Value.Instance i ? project.classNamed(i.className()) : Optional.empty();
    ClassInfo k = owner.orElse(null);
    for (int hops = 0; k != null && hops < MAX_SUPERCLASSES; hops++) {
      if (k.isGetter(prop.get())) {
        return Optional.ofNullable(k.methods().get(prop.get()));
      }
      if (k.methods().containsKey(prop.get()) || k.field(prop.get()).isPresent()) {
        return Optional.empty(); // a method or field of the class itself, not the inherited getter
      }
      k = project.ownSuperclass(k).orElse(null);
    }
    return Optional.empty();
  }
}
