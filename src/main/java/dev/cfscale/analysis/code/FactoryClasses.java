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
      entry.getValue().wholeVariable().flatMap(v -> made(v.init(), top, module))
          .ifPresent(info -> module.classes().putIfAbsent(entry.getKey(), info));
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
    return d.wholeVariable().flatMap(v -> module.unitAt(Ast.unwrap(v.init())));
  }

  private static Optional<ClassInfo> classOf(Swc4jAstClass clazz, SourceModule module) {
    return module.classes().values().stream().filter(c -> c.node() == clazz).findFirst();
  }

  /**
   * True when the function {@code task} was handed to a factory for a class that runs: the call making the class is
   * stored under a name the config binds as a Durable Object class ({@code export const Planner = agentFor(task)} with
   * {@code class_name = "Planner"}) or that the module constructs ({@code new Planner()}). A class made for a name
   * nothing binds or constructs never runs its task, although it shares its class expression with those that do.
   */
  static boolean passedForLiveClass(FunctionUnit task, Project project) {
    ISwc4jAst p = task.node().getParent();
    while (p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread || p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr) {
      p = p.getParent();
    }
    if (!(p instanceof Swc4jAstCallExpr call && call.getParent() instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator d
        && d.getName() instanceof com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent b)) {
      return true; // not a class stored under a name: left as the factory's other calls are
    }
    String name = b.getId().getSym();
    return project.durableObjectBinding(name).isPresent() || constructed(task.module(), name);
  }

  private static boolean constructed(SourceModule module, String name) {
    return module.units().stream().flatMap(u -> u.ownNodes().stream()).anyMatch(n ->
        n instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr e && Ast.identifier(Ast.unwrap(e.getCallee())).filter(name::equals).isPresent());
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
