package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.program.Swc4jAstModule;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstExprStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.KeyArg;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * React server actions and Next.js cache invalidation. A module that starts with {@code "use server"} exports
 * functions any page visitor can call with a POST (https://react.dev/reference/rsc/use-server): each is a route
 * entry. {@code revalidatePath} / {@code revalidateTag} / {@code updateTag} from {@code next/cache} write the tag
 * cache (KV, D1 or Durable Objects under OpenNext) and drop cached pages: recorded as {@code next-cache.<function>}.
 */
final class NextServerActions implements Convention {
  private static final Set<String> INVALIDATIONS = Set.of("revalidatePath", "revalidateTag", "updateTag", "expirePath", "expireTag");

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    if (!usesServer(module)) {
      return;
    }
    for (Map.Entry<String, String> export : module.exports().entrySet()) {
      module.topLevel().lookup(export.getValue()).flatMap(scope::declarationUnit).ifPresent(u ->
          scope.add(EntryKind.ROUTE, "server action " + export.getKey(), module, u.node(), u));
    }
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstIdent id)) {
      return;
    }
    if (unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import i && i.specifier().equals("next/cache")
        && INVALIDATIONS.contains(i.imported())) {
      scope.record(unit, node, Optional.empty(), "next-cache." + i.imported(), KeyArg.NONE, CallOptions.NONE);
    }
  }

  private static boolean usesServer(SourceModule module) {
    if (!(module.program() instanceof Swc4jAstModule program) || program.getBody().isEmpty()) {
      return false;
    }
    return program.getBody().get(0) instanceof Swc4jAstExprStmt stmt && Ast.unwrap(stmt.getExpr()) instanceof Swc4jAstStr s
        && s.getValue().equals("use server");
  }
}
