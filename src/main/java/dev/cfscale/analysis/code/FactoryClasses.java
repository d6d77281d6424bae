package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstClassExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;

/**
 * Classes made by a factory: {@code function createAgent(name, workflow) { return class extends Agent { ... } }} and
 * {@code export const Sequential = createAgent("Sequential", async () => ...)}. Each call makes a class, and the name
 * the result is stored under is the class's name as far as the config ({@code class_name = "Sequential"}) and the
 * code ({@code new Sequential()}) are concerned. All the classes one factory makes share its class expression, so
 * they are one {@link ClassInfo}, found under every name a top-level variable gives it.
 */
final class FactoryClasses {
  private FactoryClasses() {}

  /** Adds, for each top-level {@code const X = factory(...)} of {@code module}, the class the factory returns under X. */
  static void name(SourceModule module) {
    FunctionUnit top = module.topLevel();
    for (var entry : top.declarations().entrySet()) {
      if (entry.getValue() instanceof Declaration.Variable v && v.path().isEmpty() && v.init() != null) {
        made(v.init(), top, module).ifPresent(info -> module.classes().putIfAbsent(entry.getKey(), info));
      }
    }
  }

  /** The class a call of a function of the module returns, when what it returns is a class expression. */
  private static Optional<ClassInfo> made(ISwc4jAst init, FunctionUnit top, SourceModule module) {
    if (!(Ast.unwrap(init) instanceof Swc4jAstCallExpr call)) {
      return Optional.empty();
    }
    Optional<FunctionUnit> factory = Ast.identifier(call.getCallee()).flatMap(top::lookup).flatMap(d -> function(d, module));
    return factory.flatMap(f -> f.returned().stream().map(Ast::unwrap).filter(Swc4jAstClassExpr.class::isInstance)
        .map(r -> ((Swc4jAstClassExpr) r).getClazz()).findFirst()).flatMap(c -> classOf(c, module));
  }

  /** The function a declaration holds: {@code function make() {}} or {@code const make = () => class ...}. */
  private static Optional<FunctionUnit> function(Declaration d, SourceModule module) {
    if (d instanceof Declaration.Function f) {
      return Optional.of(f.unit());
    }
    return d instanceof Declaration.Variable v && v.path().isEmpty() && v.init() != null
        ? module.unitAt(Ast.unwrap(v.init())) : Optional.empty();
  }

  private static Optional<ClassInfo> classOf(Swc4jAstClass clazz, SourceModule module) {
    return module.classes().values().stream().filter(c -> c.node() == clazz).findFirst();
  }

  /**
   * True when {@code unit} is code of a class that the function {@code factory} returns: a call there of one of the
   * factory's parameters runs the function passed by the call that made the class.
   */
  static boolean madeBy(FunctionUnit unit, FunctionUnit factory) {
    return unit.owner().map(ClassInfo::node).filter(node -> factory.returned().stream().map(Ast::unwrap)
        .anyMatch(r -> r instanceof Swc4jAstClassExpr e && e.getClazz() == node)).isPresent();
  }
}
