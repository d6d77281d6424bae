package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.List;
import java.util.Optional;

/**
 * A call of a parameter that callers pass different project functions ({@code method(...)},
 * {@code method.call(thisArg, ...)} in {@code adapt(controller, method)}, called once per route): each
 * function runs only for the caller that passed it, so the call is no edge to any of them (each is reached from
 * the call that passes it), but its arguments still reach every one's parameters (the env a handler is given).
 */
final class PassedFunctions {
  private PassedFunctions() {}

  /** The invocations {@code callee(args)} stands for when {@code callee} is such a parameter, else none. */
  static List<ExplicitThisCalls.Invocation> of(ISwc4jAst callee, List<ISwc4jAst> args, FunctionUnit unit, Project project) {
    ISwc4jAst called = Ast.unwrap(callee);
    List<ISwc4jAst> passed = args;
    if (called instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("call"::equals).isPresent()) {
      called = Ast.unwrap(m.getObj());
      passed = args.isEmpty() ? List.of() : args.subList(1, args.size());
    }
    Optional<Declaration.Parameter> parameter = Ast.identifier(called).flatMap(unit::lookup)
        .filter(d -> d instanceof Declaration.Parameter p && p.path().isEmpty()).map(d -> (Declaration.Parameter) d);
    if (parameter.isEmpty()) {
      return List.of();
    }
    List<ISwc4jAst> arguments = passed;
    return project.polymorphicFunctions(parameter.get().unit(), parameter.get().index()).stream()
        .map(fn -> new ExplicitThisCalls.Invocation(fn, arguments)).toList();
  }

  /**
   * True when {@code callee} is a parameter of a class factory called from the class it makes
   * ({@code function createAgent(workflow) { return class extends Agent { run() { workflow() } } }}): every call of the
   * factory makes a class, and all those classes are one class to the analysis, so the call runs each passed function.
   */
  static boolean runsEach(ISwc4jAst callee, FunctionUnit unit) {
    ISwc4jAst called = Ast.unwrap(callee);
    if (called instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("call"::equals).isPresent()) {
      called = Ast.unwrap(m.getObj());
    }
    return Ast.identifier(called).flatMap(unit::lookup).filter(d -> d instanceof Declaration.Parameter p && p.path().isEmpty())
        .map(d -> FactoryClasses.madeBy(unit, ((Declaration.Parameter) d).unit())).orElse(false);
  }
}
