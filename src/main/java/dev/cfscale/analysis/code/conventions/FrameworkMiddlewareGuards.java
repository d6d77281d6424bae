package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request middleware of file-routed frameworks, which runs before every route of the app:
 * Nitro's (Nuxt, SolidStart, Analog) {@code server/middleware/*} before its server routes
 * (https://nuxt.com/docs/guide/directory-structure/server#server-middleware), SvelteKit's {@code handle} in
 * {@code src/hooks.server.ts} (https://svelte.dev/docs/kit/hooks#Server-hooks-handle), Astro's {@code onRequest} in
 * {@code src/middleware.ts} (https://docs.astro.build/en/guides/middleware/) and Next.js's {@code middleware.ts}
 * ({@code proxy.ts} since Next.js 16) at the root or in {@code src/} (https://nextjs.org/docs/app/building-your-application/routing/middleware).
 * When its code checks the caller (a 401/403, a credential header, a session check), the routes it runs for are
 * guarded: every route of the app, or, when the check only runs for paths under a prefix it names
 * ({@code pathname.startsWith("/api/")}, a Next.js {@code matcher: ["/api/:path*"]}), the routes under that prefix.
 * A prefix tested with {@code !} is an exception to the check, not its scope.
 */
final class FrameworkMiddlewareGuards implements Convention {
  /** A framework's middleware files and the folders of the routes they run before, relative to the app's root. */
  private record Layout(Pattern middleware, List<String> routeRoots) {}

  private static final List<Layout> LAYOUTS = List.of(
      new Layout(Pattern.compile("server/middleware/[^/]+\\.[cm]?[jt]s"), List.of("server/api/", "server/routes/")),
      new Layout(Pattern.compile("src/hooks\\.server\\.[jt]s"), List.of("src/routes/")),
      new Layout(Pattern.compile("src/middleware(/index)?\\.[jt]s"), List.of("src/pages/")),
      new Layout(Pattern.compile("(src/)?(middleware|proxy)\\.[jt]s"), List.of("app/", "src/app/", "pages/", "src/pages/")));

  /** Next.js's {@code config.matcher} patterns keep what comes before their first parameter: {@code /api/:path*} is {@code /api/}. */
  private static final Pattern MATCHER_PREFIX = Pattern.compile("^(/[^:(*]*)");

  /**
   * The Worker's modules that are some framework's middleware file, found once per Worker: the question is asked per
   * entry, and a generated monorepo has thousands of routes and modules (most Workers have no such file at all).
   */
  private record MiddlewareModules(List<SourceModule> modules) {
    static MiddlewareModules of(Iterable<SourceModule> all) {
      List<SourceModule> out = new ArrayList<>();
      for (SourceModule module : all) {
        String path = module.relativePath();
        if (LAYOUTS.stream().anyMatch(l -> l.middleware().matcher(path).find())) {
          out.add(module);
        }
      }
      return new MiddlewareModules(List.copyOf(out));
    }
  }

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    if (point.kind() != EntryKind.ROUTE && point.kind() != EntryKind.PAGES_FUNCTION) {
      return false;
    }
    List<SourceModule> middleware = evaluator.project().overModules(MiddlewareModules.class, MiddlewareModules::of).modules();
    if (middleware.isEmpty()) {
      return false;
    }
    String file = point.location().file();
    for (Layout layout : LAYOUTS) {
      for (String root : layout.routeRoots()) {
        int at = routeRootIndex(file, root);
        if (at < 0) {
          continue;
        }
        String app = file.substring(0, at);
        String urlPath = "/" + file.substring(at + root.length());
        String servedFrom = root.startsWith("server/api/") ? "/api" + urlPath : urlPath;
        if (guardedBy(layout, app, servedFrom, middleware, evaluator)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where {@code root} starts in {@code file}: at its beginning or after a folder separator; -1 when absent. */
  private static int routeRootIndex(String file, String root) {
    if (file.startsWith(root)) {
      return 0;
    }
    int at = file.indexOf("/" + root);
    return at < 0 ? -1 : at + 1;
  }

  private static boolean guardedBy(Layout layout, String app, String urlPath, List<SourceModule> middleware, Evaluator evaluator) {
    for (SourceModule module : middleware) {
      String path = module.relativePath();
      if (!path.startsWith(app) || !layout.middleware().matcher(path.substring(app.length())).matches()) {
        continue;
      }
      List<String> matcherPrefixes = matcherPrefixes(module);
      for (FunctionUnit u : module.units()) {
        if (checksCaller(u, evaluator) && underScope(urlPath, prefixes(u)) && underScope(urlPath, matcherPrefixes)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean checksCaller(FunctionUnit unit, Evaluator evaluator) {
    return evaluator.project().conventions().stream().anyMatch(c -> c.guards(unit, evaluator));
  }

  private static boolean underScope(String urlPath, List<String> prefixes) {
    return prefixes.isEmpty() || prefixes.stream().anyMatch(urlPath::startsWith);
  }

  /** The path prefixes the middleware's own code tests with {@code startsWith} (not negated). */
  private static List<String> prefixes(FunctionUnit unit) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst node : unit.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)
          || Ast.propName(m).filter("startsWith"::equals).isEmpty() || call.get().args().isEmpty()
          || !(Ast.unwrap(call.get().args().get(0)) instanceof Swc4jAstStr prefix) || !prefix.getValue().startsWith("/")) {
        continue;
      }
      if (!negated(node)) {
        out.add(prefix.getValue());
      }
    }
    return out;
  }

  /** Per module, computed once: {@link #matcherPrefixes(SourceModule)}'s answer. */
  private static final Object MATCHER_PREFIXES = new Object();

  /** The prefixes of a Next.js {@code export const config = { matcher: [...] }} in the module; empty without one. */
  private static List<String> matcherPrefixes(SourceModule module) {
    return module.derived(MATCHER_PREFIXES, m -> {
      List<String> out = new ArrayList<>();
      collectMatchers(m.program(), false, out);
      return List.copyOf(out);
    });
  }

  private static void collectMatchers(ISwc4jAst node, boolean inMatcher, List<String> out) {
    if (inMatcher && node instanceof Swc4jAstStr str) {
      var m = MATCHER_PREFIX.matcher(str.getValue());
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    boolean matcher = inMatcher || node instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp kv
        && Ast.name(kv.getKey()).filter("matcher"::equals).isPresent();
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null) {
        collectMatchers(child, matcher, out);
      }
    }
  }

  private static boolean negated(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang) {
        return true;
      }
      if (!(p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr)) {
        return false;
      }
    }
    return false;
  }
}
