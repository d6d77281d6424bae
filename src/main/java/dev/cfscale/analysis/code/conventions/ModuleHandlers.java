package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.Optional;

/**
 * The module Worker format: {@code export default { fetch(request, env, ctx) {...}, queue, scheduled }}
 * (also through a variable, {@code export default app}). Each handler's second parameter is the env.
 */
final class ModuleHandlers implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (var export : DefaultExport.items(module)) {
      if (DefaultExport.expression(export, module) instanceof Swc4jAstObjectLit object) {
        object.getProps().forEach(prop -> handler(module, prop, scope));
      }
    }
  }

  private static void handler(SourceModule module, ISwc4jAst prop, EntryScope scope) {
    Optional<String> name = prop instanceof Swc4jAstMethodProp m ? Ast.name(m.getKey())
        : prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey())
        : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
    EntryKind kind = name.map(HandlerNames.KINDS::get).orElse(null);
    if (kind == null) {
      return;
    }
    Optional<FunctionUnit> unit = prop instanceof Swc4jAstMethodProp ? module.unitAt(prop)
        : prop instanceof Swc4jAstKeyValueProp kv ? scope.functionValue(kv.getValue(), module.topLevel())
        : scope.functionValue(prop, module.topLevel()); // { fetch } shorthand
    unit.ifPresent(u -> {
      scope.project().markEnvParameter(u, 1);
      scope.add(kind, name.get(), module, prop, u);
    });
  }
}
