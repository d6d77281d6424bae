package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import java.util.Optional;
import java.util.Set;

/**
 * h3's reads of what the client sent, in Nitro server routes (Nuxt, SolidStart, Analog): {@code readBody(event)},
 * {@code readValidatedBody(event, schema.parse)}, {@code getQuery(event)}, {@code getRouterParam(event, "id")} and kin
 * (https://h3.dev/utils/request). Nitro imports them for every server file, so a name no declaration of the file binds
 * is h3's; an import names its package.
 */
final class H3RequestInputs implements Convention {
  private static final Set<String> READS = Set.of("readBody", "readValidatedBody", "readFormData", "readMultipartFormData", "readRawBody",
      "getQuery", "getValidatedQuery", "getRouterParam", "getRouterParams", "getValidatedRouterParams");
  private static final Set<String> PACKAGES = Set.of("h3", "#imports", "nitropack/runtime", "#app");

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstIdent id && READS.contains(id.getSym())
            && !c.args().isEmpty() && fromH3(id.getSym(), unit))
        .map(c -> new Value.ClientInput());
  }

  private static boolean fromH3(String name, FunctionUnit unit) {
    Optional<Declaration> declared = unit.lookup(name);
    return declared.isEmpty() || declared.get() instanceof Declaration.Import i && PACKAGES.contains(i.specifier());
  }
}
