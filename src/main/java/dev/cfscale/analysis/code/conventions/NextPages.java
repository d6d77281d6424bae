package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.Optional;
import java.util.Set;

/**
 * Next.js App Router pages and layouts ({@code app/.../page.tsx}, {@code layout.tsx}) rendered per request: their
 * default export is a server component, so the data it reads (a Prisma or Drizzle query) is on the request path.
 * Only dynamic pages count: {@code export const dynamic = "force-dynamic"}, {@code revalidate = 0}, or a call to a
 * request API ({@code cookies()}, {@code headers()}, {@code connection()}); a static page is rendered at build or
 * revalidation time, not for each visitor.
 */
final class NextPages implements Convention {
  private static final Set<String> REQUEST_APIS = Set.of("cookies", "headers", "connection", "draftMode", "unstable_noStore");
  /**
   * Where a Next.js app keeps what the framework's server runs: the App Router (at the root or in {@code src/}), the
   * Pages Router's API routes, and the middleware ({@code proxy} since Next.js 16) that runs before them.
   */
  private static final java.util.List<String> APP_FOLDERS = java.util.List.of("app", "src/app", "pages/api", "src/pages/api",
      "middleware.ts", "middleware.js", "src/middleware.ts", "src/middleware.js", "proxy.ts", "proxy.js", "src/proxy.ts", "src/proxy.js");

  /**
   * A Worker entry of its own that hands requests to the built Next.js server: OpenNext's custom Worker
   * ({@code import handler from "./.open-next/worker.js"}, https://opennext.js.org/cloudflare/howtos/custom-worker, written
   * to add cron, queue or Durable Object handlers) or vinext's ({@code vinext/server/...}). The import graph ends at the
   * build output or the package, so the app's folders are read as framework folders.
   */
  /** The middleware at the app's root (not under {@code src/}), which runs before every route it matches. */
  @Override
  public java.util.List<String> rootFiles() {
    return java.util.List.of("middleware.ts", "middleware.js", "proxy.ts", "proxy.js");
  }

  @Override
  public java.util.List<String> frameworkFolders(SourceModule module) {
    boolean handsOff = module.imports().stream().anyMatch(s -> s.contains(".open-next/") || s.equals("vinext") || s.startsWith("vinext/"));
    return handsOff ? APP_FOLDERS : java.util.List.of();
  }

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    String path = module.relativePath();
    String name = RouteModuleExports.fileName(path);
    if (!("/" + path).contains("/app/") || !name.matches("(page|layout)\\.[jt]sx?") || path.contains("functions/")) {
      return;
    }
    if (dynamic(module)) {
      defaultFunction(module, scope).ifPresent(u -> scope.add(EntryKind.ROUTE, "page " + path, module, u.node(), u));
    }
  }

  /** {@code dynamic = "force-dynamic"}, {@code revalidate = 0}, or a call to a per-request API. */
  private static boolean dynamic(SourceModule module) {
    Optional<ISwc4jAst> dynamic = exported(module, "dynamic");
    if (dynamic.filter(v -> v instanceof Swc4jAstStr s && s.getValue().equals("force-dynamic")).isPresent()) {
      return true;
    }
    if (exported(module, "revalidate").filter(v -> v instanceof Swc4jAstNumber n && n.getValue() == 0).isPresent()) {
      return true;
    }
    return module.calls().stream().anyMatch(c -> Ast.identifier(c.getCallee()).filter(REQUEST_APIS::contains).isPresent());
  }

  /** The initializer of an exported {@code const}. */
  private static Optional<ISwc4jAst> exported(SourceModule module, String name) {
    return Optional.ofNullable(module.exports().get(name)).flatMap(local -> module.topLevel().lookup(local))
        .filter(d -> d instanceof Declaration.Variable v && v.init() != null).map(d -> Ast.unwrap(((Declaration.Variable) d).init()));
  }

  /** {@code export default async function Page() {...}}, {@code export default Page}, or {@code export default () => ...}. */
  private static Optional<FunctionUnit> defaultFunction(SourceModule module, EntryScope scope) {
    for (ISwc4jAst item : module.program().getChildNodes()) {
      if (item instanceof Swc4jAstExportDefaultDecl decl && decl.getDecl() instanceof Swc4jAstFnExpr fn) {
        return module.unitAt(fn);
      }
    }
    for (Swc4jAstExportDefaultExpr export : DefaultExport.items(module)) {
      Optional<FunctionUnit> u = scope.functionValue(export.getExpr(), module.topLevel());
      if (u.isPresent()) {
        return u;
      }
    }
    return Optional.ofNullable(module.exports().get("default")).flatMap(local -> module.topLevel().lookup(local)).flatMap(scope::declarationUnit);
  }
}
