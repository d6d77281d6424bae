package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Pages Functions: {@code onRequest}, {@code onRequestGet}, ... exported from a file under {@code functions/},
 * whose path is the route ({@code functions/api/[id].ts} serves {@code /api/[id]}).
 */
final class PagesFunctions implements Convention {
  private static final Set<String> EXPORTS = Set.of("onRequest", "onRequestGet", "onRequestPost", "onRequestPut",
      "onRequestPatch", "onRequestDelete", "onRequestHead", "onRequestOptions");

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    int at = path.indexOf("functions/");
    if (at < 0) {
      return;
    }
    String route = "/" + path.substring(at + "functions/".length()).replaceAll("\\.[cm]?[jt]sx?$", "").replaceAll("(^|/)index$", "");
    for (Map.Entry<String, String> export : module.exports().entrySet()) {
      if (EXPORTS.contains(export.getKey())) {
        String method = export.getKey().substring("onRequest".length()).toUpperCase(Locale.ROOT);
        String name = (method.isEmpty() ? "ALL" : method) + " " + route;
        module.topLevel().lookup(export.getValue()).ifPresent(d -> handlers(d, module, scope)
            .forEach(u -> scope.add(EntryKind.PAGES_FUNCTION, name, module, u.node(), u)));
      }
    }
  }

  /**
   * The functions an export runs: the function itself, or each function of an array, which Pages runs in order
   * ({@code export const onRequest = [errorHandling, authentication]}, the documented form for middleware chains).
   */
  private static List<FunctionUnit> handlers(Declaration d, SourceModule module, EntryScope scope) {
    Optional<FunctionUnit> one = scope.declarationUnit(d);
    if (one.isPresent()) {
      return List.of(one.get());
    }
    Optional<ISwc4jAst> init = d.wholeVariable().map(v -> Ast.unwrap(v.init()));
    if (init.isEmpty() || !(init.get() instanceof Swc4jAstArrayLit list)) {
      return List.of();
    }
    return list.getElems().stream().flatMap(Optional::stream).map(e -> Ast.identifier(e.getExpr()))
        .flatMap(Optional::stream).map(n -> module.topLevel().lookup(n).flatMap(scope::declarationUnit)).flatMap(Optional::stream)
        .toList();
  }
}
