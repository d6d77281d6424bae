package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.config.BindingType;
import java.util.Optional;

/**
 * NuxtHub's {@code hubDatabase()} (auto-imported in server code) is the project's D1 database, bound as
 * {@code DB} by NuxtHub whether or not a wrangler config declares it.
 */
final class NuxtHubDatabase implements Convention {
  /** The binding name NuxtHub gives the database. */
  static final String BINDING = "DB";

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).filter(c -> Ast.identifier(c.callee()).filter("hubDatabase"::equals).isPresent())
        .filter(c -> unit.lookup("hubDatabase").isEmpty())
        .map(c -> new Value.Binding(BINDING, BindingType.D1_DATABASE));
  }
}
