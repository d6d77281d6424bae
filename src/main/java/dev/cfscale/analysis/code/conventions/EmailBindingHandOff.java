package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A library call handed the Send Email binding sends mail through it: the Agents SDK's
 * {@code this.sendEmail({ binding: this.env.EMAIL, to, ... })}, a mailer package given {@code env.EMAIL}. Code of the
 * project that takes the binding is followed into and records its own {@code send}; a call the project does not
 * define (an SDK method, an import from a package) is recorded here as a {@code send} on that binding.
 */
final class EmailBindingHandOff implements Convention {

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty()) {
      return;
    }
    Evaluator evaluator = scope.evaluator();
    if (call.get().args().isEmpty() || evaluator.project().bindingsOfType(BindingType.SEND_EMAIL).isEmpty()) {
      return; // no Send Email binding in the config: nothing to hand over (and no evaluation per call)
    }
    Optional<Value.Binding> email = call.get().args().stream().flatMap(EmailBindingHandOff::handed).map(a -> evaluator.eval(a, unit))
        .filter(v -> v instanceof Value.Binding b && b.type() == BindingType.SEND_EMAIL).map(Value.Binding.class::cast).findFirst();
    if (email.isEmpty() || evaluator.eval(call.get().unwrappedCallee(), unit) instanceof Value.Function) {
      return; // a project function taking the binding is followed into by the engine and records its own send
    }
    scope.record(unit, node, email, "send", KeyArg.NONE, CallOptions.NONE);
  }

  /** The argument itself, or the values of an object literal's properties ({@code { binding: env.EMAIL }}). */
  static Stream<ISwc4jAst> handed(ISwc4jAst arg) {
    ISwc4jAst value = Ast.unwrap(arg);
    if (!(value instanceof Swc4jAstObjectLit object)) {
      return Stream.of(value);
    }
    return object.getProps().stream().<ISwc4jAst>map(p -> p instanceof Swc4jAstKeyValueProp kv ? kv.getValue()
        : p instanceof Swc4jAstIdent shorthand ? shorthand : null).filter(java.util.Objects::nonNull);
  }
}
