package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which values are routers and under which prefix their routes are served: sub-apps mounted with
 * {@code app.route("/admin", admin)} anywhere in the Worker (collected once, before any route is
 * named), and {@code new Hono().basePath("/api")}.
 */
final class RouterMounts {
  private static final Set<String> ROUTERS = Set.of("Hono", "OpenAPIHono", "Router", "AutoRouter", "IttyRouter", "Elysia", "Chanfana",
      "fromHono", "fromIttyRouter");
  /** "module#variable" of a mounted router -> its prefix. */
  private final Map<String, String> prefixes = new HashMap<>();
  private final EntryScope scope;

  private RouterMounts(EntryScope scope) {
    this.scope = scope;
  }

  /** The module's {@code x.route(a, b)} calls, found once per run. */
  private static final Object MOUNT_CALLS = new Object();

  static RouterMounts of(EntryScope scope) {
    RouterMounts mounts = new RouterMounts(scope);
    for (SourceModule module : scope.project().modules()) {
      List<Swc4jAstCallExpr> calls = module.derived(MOUNT_CALLS, m -> m.calls().stream().filter(c -> c.getArgs().size() == 2
          && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr e && Ast.propName(e).filter("route"::equals).isPresent()).toList());
      calls.forEach(call -> mounts.mount(module, call));
    }
    return mounts;
  }

  /** Records {@code app.route("/admin", adminApp)}: routes of adminApp are under /admin. */
  private void mount(SourceModule module, Swc4jAstCallExpr call) {
    Swc4jAstMemberExpr m = (Swc4jAstMemberExpr) Ast.unwrap(call.getCallee());
    if (!isRouter(m.getObj(), module)) {
      return;
    }
    Value path = scope.evaluator().eval(call.getArgs().get(0).getExpr(), module.topLevel());
    Optional<String> mounted = Ast.identifier(call.getArgs().get(1).getExpr()).flatMap(name -> routerKey(module, name));
    if (path instanceof Value.Text text && mounted.isPresent()) {
      prefixes.put(mounted.get(), text.text());
    }
  }

  /** "module#local" of the router variable {@code name} as seen from {@code module} (following an import). */
  private Optional<String> routerKey(SourceModule module, String name) {
    Optional<Declaration> decl = module.topLevel().lookup(name);
    if (decl.isPresent() && decl.get() instanceof Declaration.Import imp) {
      return scope.project().imported(module, imp.specifier()).flatMap(target ->
          Optional.ofNullable(target.exports().get(imp.imported())).map(local -> target.relativePath() + "#" + local));
    }
    return decl.filter(d -> d instanceof Declaration.Variable).map(d -> module.relativePath() + "#" + name);
  }

  /** The prefix a router's routes are mounted under, or "". */
  String prefixOf(ISwc4jAst obj, SourceModule module) {
    ISwc4jAst node = Ast.unwrap(obj);
    while (node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m) {
      node = Ast.unwrap(m.getObj());
    }
    Optional<String> key = Ast.identifier(node).flatMap(name -> routerKey(module, name));
    String prefix = key.map(prefixes::get).orElse("");
    String base = Ast.identifier(node).flatMap(name -> basePath(module, name)).orElse("");
    return ((prefix == null ? "" : prefix.replaceAll("/+$", "")) + base).replaceAll("/+$", "");
  }

  /** {@code const app = new Hono().basePath("/api")}: the base path every route of {@code app} is under. */
  private Optional<String> basePath(SourceModule module, String name) {
    Optional<Declaration> decl = module.topLevel().lookup(name);
    if (decl.isEmpty() || !(decl.get() instanceof Declaration.Variable v)) {
      return Optional.empty();
    }
    ISwc4jAst node = Ast.unwrap(v.init());
    while (node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m) {
      if (Ast.propName(m).filter("basePath"::equals).isPresent() && !c.getArgs().isEmpty()
          && scope.evaluator().eval(c.getArgs().get(0).getExpr(), module.topLevel()) instanceof Value.Text t) {
        return Optional.of(t.text().startsWith("/") ? t.text() : "/" + t.text());
      }
      node = Ast.unwrap(m.getObj());
    }
    return Optional.empty();
  }

  /** A router instance: {@code new Hono()}, {@code Router()}, a variable holding one, or a chained registration. */
  static boolean isRouter(ISwc4jAst obj, SourceModule module) {
    ISwc4jAst node = Ast.unwrap(obj);
    for (int depth = 0; depth < 10; depth++) {
      if (node instanceof Swc4jAstNewExpr n) {
        return Ast.identifier(n.getCallee()).filter(ROUTERS::contains).isPresent();
      }
      if (node instanceof Swc4jAstCallExpr c) {
        ISwc4jAst callee = Ast.unwrap(c.getCallee());
        if (callee instanceof Swc4jAstIdent id) {
          return ROUTERS.contains(id.getSym());
        }
        if (!(callee instanceof Swc4jAstMemberExpr m)) {
          return false;
        }
        node = Ast.unwrap(m.getObj()); // app.get(...).post(...)
        continue;
      }
      if (!(node instanceof Swc4jAstIdent id)) {
        return false;
      }
      Optional<Declaration> d = module.topLevel().lookup(id.getSym());
      if (d.isEmpty() || !(d.get() instanceof Declaration.Variable v)) {
        return d.isEmpty() && Set.of("app", "router", "api").contains(id.getSym());
      }
      node = Ast.unwrap(v.init());
    }
    return false;
  }
}
