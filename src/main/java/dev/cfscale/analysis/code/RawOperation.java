package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.KeyArg;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.config.BindingType;
import java.util.Map;
import java.util.Optional;

/** An operation found in one unit, before reachability and call-site context are known. */
record RawOperation(
    FunctionUnit unit,
    ISwc4jAst node,
    Optional<Value.Binding> binding,
    String operation,
    KeyArg key,
    Optional<String> sql,
    boolean sqlTemplated,
    Optional<String> model,
    Map<String, String> options,
    CallContext context) {

  Optional<BindingType> type() {
    return binding.map(Value.Binding::type);
  }
}
