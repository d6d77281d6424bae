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
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.EntryKind;
import java.util.Optional;

/**
 * The module Worker format: {@code export default { fetch(request, env, ctx) {...}, queue, scheduled }}
 * (also through a variable, {@code export default app}), and the same object handed to a wrapper or built by a
 * factory: {@code export default wrap(options, { fetch })}, {@code export default createWorker(app)} where the
 * project's {@code createWorker} returns the handler object. Each handler's second parameter is the env.
 */
final class ModuleHandlers implements Convention {

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (var export : DefaultExport.items(module)) {
      handlerObject(DefaultExport.expression(export, module), module, scope)
          .ifPresent(object -> object.node().getProps().forEach(prop -> handler(object.scope(), prop, scope)));
    }
  }

  /**
   * The handler object a default export gives: written out; returned by a project function it calls; or passed to a
   * wrapper, whose other arguments (options, a callback making them) are not handlers.
   */
  private static Optional<Value.ObjectLiteral> handlerObject(ISwc4jAst exported, SourceModule module, EntryScope scope) {
    if (exported instanceof Swc4jAstObjectLit object) {
      return Optional.of(new Value.ObjectLiteral(object, module.topLevel()));
    }
    Optional<Ast.Call> call = Ast.call(exported);
    if (call.isEmpty()) {
      return Optional.empty();
    }
    java.util.List<ISwc4jAst> candidates = new java.util.ArrayList<>(java.util.List.of(exported));
    candidates.addAll(call.get().args());
    return candidates.stream().map(e -> scope.evaluator().eval(e, module.topLevel()))
        .filter(v -> v instanceof Value.ObjectLiteral o && hasHandler(o.node())).map(v -> (Value.ObjectLiteral) v).findFirst();
  }

  private static boolean hasHandler(Swc4jAstObjectLit object) {
    return object.getProps().stream().map(ModuleHandlers::name).flatMap(Optional::stream).anyMatch(HandlerNames.KINDS::containsKey);
  }

  private static Optional<String> name(ISwc4jAst prop) {
    return prop instanceof Swc4jAstMethodProp m ? Ast.name(m.getKey())
        : prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey())
        : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
  }

  /** One property of the handler object, written in {@code context} (the module's top level, or a factory). */
  private static void handler(FunctionUnit context, ISwc4jAst prop, EntryScope scope) {
    Optional<String> name = name(prop);
    EntryKind kind = name.map(HandlerNames.KINDS::get).orElse(null);
    if (kind == null) {
      return;
    }
    SourceModule module = context.module();
    Optional<FunctionUnit> unit = prop instanceof Swc4jAstMethodProp ? module.unitAt(prop)
        : prop instanceof Swc4jAstKeyValueProp kv ? scope.functionValue(kv.getValue(), context)
        : scope.functionValue(prop, context); // { fetch } shorthand
    unit.ifPresent(u -> {
      scope.project().markEnvParameter(u, 1);
      scope.add(kind, name.get(), module, prop, u);
    });
  }
}
