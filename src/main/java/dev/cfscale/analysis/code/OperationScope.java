package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import java.util.Optional;

/** Where a {@link Convention} records the operations it recognises while one module is collected. */
public interface OperationScope {

  /** The evaluator of this collection round (bindings, seeded parameters). */
  Evaluator evaluator();

  /**
   * The strings {@code node} can hold when it names a list of them or a parameter that callers pass only constant
   * strings to ({@code sql2("INSERT ...")}, {@code sql2("DELETE ...")}), each with where it is written; empty otherwise.
   */
  default java.util.Map<String, dev.cfscale.findings.Location> texts(ISwc4jAst node, FunctionUnit unit) {
    return java.util.Map.of();
  }

  /** Records an operation on {@code binding} (or on no binding) at {@code node}. */
  void record(FunctionUnit unit, ISwc4jAst node, Optional<Value.Binding> binding, String operation, KeyArg key,
      CallOptions options);

  /** Records an operation that sends {@code sql} to {@code binding} (D1 or a Durable Object's SQLite). */
  void recordSql(FunctionUnit unit, ISwc4jAst node, Value.Binding binding, String operation, Optional<String> sql,
      boolean templated, CallOptions options);
}
