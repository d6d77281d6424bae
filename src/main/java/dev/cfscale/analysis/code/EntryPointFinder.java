package dev.cfscale.analysis.code;

import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds how a Worker's code is entered: the module default export's handlers, router registrations
 * (Hono, itty-router and similar: {@code app.get("/path", handler)}), Durable Object, WorkerEntrypoint
 * and Workflow classes, Pages Functions ({@code functions/**} {@code onRequest*}) and service-worker
 * {@code addEventListener}. Handlers' env parameters are marked for the evaluator.
 */
final class EntryPointFinder {
  /** An entry and the unit that runs when it is invoked. */
  record Entry(EntryPoint point, FunctionUnit unit) {}

  private static final Map<String, EntryKind> HANDLERS = Map.of("fetch", EntryKind.FETCH, "queue", EntryKind.QUEUE,
      "scheduled", EntryKind.SCHEDULED, "email", EntryKind.EMAIL, "tail", EntryKind.TAIL, "trace", EntryKind.TAIL);
  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch", "all", "on", "options", "head", "use");
  private static final Set<String> ROUTERS = Set.of("Hono", "OpenAPIHono", "Router", "AutoRouter", "IttyRouter", "Elysia", "Chanfana",
      "fromHono", "fromIttyRouter");
  /** Route classes (chanfana's OpenAPIRoute and similar) are entered through one of these methods. */
  private static final List<String> ROUTE_CLASS_METHODS = List.of("handle", "fetch");
  /** Request handlers that framework route modules export (React Router/Remix, SvelteKit, Next.js, Astro). */
  private static final Set<String> FRAMEWORK_EXPORTS = Set.of("loader", "action", "load", "GET", "POST", "PUT", "PATCH",
      "DELETE", "ALL");
  /** Nitro's handler factories (Nuxt, SolidStart, Analog). */
  private static final Set<String> NITRO_HANDLERS = Set.of("defineEventHandler", "eventHandler", "defineCachedEventHandler");
  private static final Set<String> PAGES_EXPORTS = Set.of("onRequest", "onRequestGet", "onRequestPost", "onRequestPut",
      "onRequestPatch", "onRequestDelete", "onRequestHead", "onRequestOptions");

  private final Project project;
  private final Evaluator evaluator;
  private final Set<String> durableObjectClasses;
  private final List<Entry> entries = new ArrayList<>();

  EntryPointFinder(Project project, Evaluator evaluator, Set<String> durableObjectClasses) {
    this.project = project;
    this.evaluator = evaluator;
    this.durableObjectClasses = durableObjectClasses;
  }

  /** "module#variable" of a router mounted with {@code app.route("/prefix", router)} -> its prefix. */
  private final Map<String, String> mountPrefixes = new java.util.HashMap<>();

  List<Entry> find() {
    for (SourceModule module : project.modules()) {
      module.calls().forEach(call -> mount(module, call));
    }
    for (SourceModule module : project.modules()) {
      defaultExport(module);
      classes(module);
      pagesFunctions(module);
      frameworkRoutes(module);
      module.calls().forEach(call -> routeOrListener(module, call));
    }
    return entries;
  }

  private void defaultExport(SourceModule module) {
    for (Swc4jAstExportDefaultExpr export : topLevelItems(module, Swc4jAstExportDefaultExpr.class)) {
      ISwc4jAst expr = Ast.unwrap(export.getExpr());
      if (expr instanceof Swc4jAstIdent id) {
        expr = module.topLevel().lookup(id.getSym())
            .filter(d -> d instanceof Declaration.Variable).map(d -> Ast.unwrap(((Declaration.Variable) d).init())).orElse(expr);
      }
      if (expr instanceof Swc4jAstObjectLit object) {
        handlerObject(module, object);
      } else if (expr instanceof Swc4jAstCallExpr call && isNitroRoute(module) && !call.getArgs().isEmpty()
          && Ast.identifier(call.getCallee()).filter(NITRO_HANDLERS::contains).isPresent()) {
        // Nuxt/Nitro: export default defineEventHandler(async (event) => ...) under server/api or server/routes
        functionValue(call.getArgs().get(0).getExpr(), module.topLevel()).ifPresent(u ->
            add(EntryKind.ROUTE, "handler " + module.relativePath(), module, export, u));
      }
    }
  }

  private static boolean isNitroRoute(SourceModule module) {
    String path = "/" + module.relativePath();
    return path.contains("/server/api/") || path.contains("/server/routes/") || path.contains("/server/middleware/");
  }

  private static <T> List<T> topLevelItems(SourceModule module, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (ISwc4jAst item : module.program().getChildNodes()) {
      if (type.isInstance(item)) {
        out.add(type.cast(item));
      }
    }
    return out;
  }

  private void handlerObject(SourceModule module, Swc4jAstObjectLit object) {
    for (ISwc4jAst prop : object.getProps()) {
      Optional<String> name = prop instanceof Swc4jAstMethodProp m ? Ast.name(m.getKey())
          : prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey())
          : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
      EntryKind kind = name.map(HANDLERS::get).orElse(null);
      if (kind == null) {
        continue;
      }
      Optional<FunctionUnit> unit = prop instanceof Swc4jAstMethodProp ? unitOfNode(module, prop)
          : prop instanceof Swc4jAstKeyValueProp kv ? functionValue(kv.getValue(), module.topLevel())
          : functionValue(prop, module.topLevel()); // { fetch } shorthand
      unit.ifPresent(u -> {
        project.markEnvParameter(u, 1);
        add(kind, name.get(), module, prop, u);
      });
    }
  }

  private void classes(SourceModule module) {
    for (ClassInfo c : module.classes().values()) {
      String base = c.superClass();
      boolean durableObject = base.equals("DurableObject") || durableObjectClasses.contains(c.name());
      boolean entrypoint = base.equals("WorkerEntrypoint");
      boolean workflow = base.equals("WorkflowEntrypoint");
      if (!durableObject && !entrypoint && !workflow) {
        continue;
      }
      for (Map.Entry<String, FunctionUnit> m : c.methods().entrySet()) {
        kindOf(m.getKey(), durableObject, workflow).ifPresent(kind -> {
          if (durableObject && m.getKey().equals("constructor")) {
            project.markEnvParameter(m.getValue(), 1);
          }
          add(kind, c.name() + "." + m.getKey(), module, m.getValue().node(), m.getValue());
        });
      }
    }
  }

  private static Optional<EntryKind> kindOf(String method, boolean durableObject, boolean workflow) {
    if (method.equals("constructor")) {
      return Optional.empty();
    }
    if (workflow) {
      return method.equals("run") ? Optional.of(EntryKind.WORKFLOW) : Optional.empty();
    }
    if (durableObject) {
      switch (method) {
        case "fetch":
          return Optional.of(EntryKind.DURABLE_OBJECT_FETCH);
        case "alarm":
          return Optional.of(EntryKind.ALARM);
        case "webSocketMessage":
        case "webSocketClose":
        case "webSocketError":
          return Optional.of(EntryKind.WEBSOCKET);
        default:
          return Optional.of(EntryKind.RPC);
      }
    }
    return Optional.of(HANDLERS.getOrDefault(method, EntryKind.RPC));
  }

  private void pagesFunctions(SourceModule module) {
    String path = module.relativePath();
    int at = path.indexOf("functions/");
    if (at < 0) {
      return;
    }
    String route = "/" + path.substring(at + "functions/".length()).replaceAll("\\.[cm]?[jt]sx?$", "").replaceAll("(^|/)index$", "");
    for (Map.Entry<String, String> export : module.exports().entrySet()) {
      if (PAGES_EXPORTS.contains(export.getKey())) {
        module.topLevel().lookup(export.getValue()).flatMap(this::declarationUnit).ifPresent(u -> {
          String method = export.getKey().substring("onRequest".length()).toUpperCase(Locale.ROOT);
          add(EntryKind.PAGES_FUNCTION, (method.isEmpty() ? "ALL" : method) + " " + route, module, u.node(), u);
        });
      }
    }
  }

  /** Records {@code app.route("/admin", adminApp)}: routes of adminApp are under /admin. */
  private void mount(SourceModule module, Swc4jAstCallExpr call) {
    if (!(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) || Ast.propName(m).filter("route"::equals).isEmpty()
        || call.getArgs().size() != 2 || !isRouter(m.getObj(), module)) {
      return;
    }
    Value path = evaluator.eval(call.getArgs().get(0).getExpr(), module.topLevel());
    Optional<String> mounted = Ast.identifier(call.getArgs().get(1).getExpr()).flatMap(name -> routerKey(module, name));
    if (path instanceof Value.Text text && mounted.isPresent()) {
      mountPrefixes.put(mounted.get(), text.text());
    }
  }

  /** "module#local" of the router variable {@code name} as seen from {@code module} (following an import). */
  private Optional<String> routerKey(SourceModule module, String name) {
    Optional<Declaration> decl = module.topLevel().lookup(name);
    if (decl.isPresent() && decl.get() instanceof Declaration.Import imp) {
      return project.imported(module, imp.specifier()).flatMap(target ->
          Optional.ofNullable(target.exports().get(imp.imported())).map(local -> target.relativePath() + "#" + local));
    }
    return decl.filter(d -> d instanceof Declaration.Variable).map(d -> module.relativePath() + "#" + name);
  }

  /** The prefix a router's routes are mounted under, or "". */
  private String prefixOf(ISwc4jAst obj, SourceModule module) {
    ISwc4jAst node = Ast.unwrap(obj);
    while (node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m) {
      node = Ast.unwrap(m.getObj());
    }
    Optional<String> key = Ast.identifier(node).flatMap(name -> routerKey(module, name));
    String prefix = key.map(mountPrefixes::get).orElse("");
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
          && evaluator.eval(c.getArgs().get(0).getExpr(), module.topLevel()) instanceof Value.Text t) {
        return Optional.of(t.text().startsWith("/") ? t.text() : "/" + t.text());
      }
      node = Ast.unwrap(m.getObj());
    }
    return Optional.empty();
  }

  /**
   * Route modules of full-stack frameworks ({@code app/routes/*.tsx} loaders and actions, SvelteKit
   * {@code +server.ts} / {@code +page.server.ts}, Next.js {@code route.ts}, Astro endpoints under
   * {@code src/pages/}): their exported handlers run per request.
   */
  private void frameworkRoutes(SourceModule module) {
    String path = module.relativePath();
    String file = path.substring(path.lastIndexOf('/') + 1);
    boolean routeModule = path.contains("/routes/") || path.startsWith("routes/") || file.startsWith("+")
        || file.matches("route\\.[cm]?[jt]sx?") || path.contains("src/pages/");
    if (!routeModule || path.contains("functions/")) {
      return;
    }
    for (Map.Entry<String, String> export : module.exports().entrySet()) {
      if (FRAMEWORK_EXPORTS.contains(export.getKey())) {
        module.topLevel().lookup(export.getValue()).flatMap(this::declarationUnit).ifPresent(u ->
            add(EntryKind.ROUTE, export.getKey() + " " + path, module, u.node(), u));
      }
    }
  }

  private void routeOrListener(SourceModule module, Swc4jAstCallExpr call) {
    ISwc4jAst callee = Ast.unwrap(call.getCallee());
    if (callee instanceof Swc4jAstIdent id && id.getSym().equals("addEventListener") && call.getArgs().size() >= 2) {
      Optional<String> event = Optional.of(evaluator.eval(call.getArgs().get(0).getExpr(), module.topLevel()))
          .filter(v -> v instanceof Value.Text).map(v -> ((Value.Text) v).text());
      EntryKind kind = event.map(HANDLERS::get).orElse(null);
      if (kind != null) {
        functionValue(call.getArgs().get(1).getExpr(), module.topLevel()).ifPresent(u -> add(kind, event.get(), module, call, u));
      }
      return;
    }
    if (!(callee instanceof Swc4jAstMemberExpr m) || !isRouter(m.getObj(), module)) {
      return;
    }
    String method = Ast.propName(m).orElse("").toLowerCase(Locale.ROOT);
    if (!HTTP_METHODS.contains(method)) {
      return;
    }
    String path = prefixOf(m.getObj(), module) + (call.getArgs().isEmpty() ? "*" : Optional.of(evaluator.eval(call.getArgs().get(0).getExpr(), module.topLevel()))
        .filter(v -> v instanceof Value.Text).map(v -> ((Value.Text) v).text()).orElse("*"));
    for (var arg : call.getArgs()) {
      FunctionUnit context = module.topLevel();
      functionValue(arg.getExpr(), context).or(() -> routeClassMethod(arg.getExpr(), module)).ifPresent(u ->
          add(EntryKind.ROUTE, method.toUpperCase(Locale.ROOT) + " " + path, module, call, u));
    }
  }

  /** {@code openapi.get("/tasks", TaskList)}: the route class's handle() (chanfana) or fetch() method. */
  private Optional<FunctionUnit> routeClassMethod(ISwc4jAst arg, SourceModule module) {
    Optional<String> name = Ast.identifier(arg);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Declaration> decl = module.topLevel().lookup(name.get());
    String className = decl.filter(d -> d instanceof Declaration.Import).map(d -> ((Declaration.Import) d).imported())
        .filter(n -> !n.equals("default") && !n.equals("*")).orElse(name.get());
    Optional<ClassInfo> info = decl.filter(d -> d instanceof Declaration.Class).map(d -> ((Declaration.Class) d).info())
        .or(() -> project.classNamed(className));
    return info.flatMap(c -> ROUTE_CLASS_METHODS.stream().map(m -> c.methods().get(m)).filter(java.util.Objects::nonNull).findFirst());
  }

  /** A router instance: {@code new Hono()}, {@code Router()}, a variable holding one, or a chained registration. */
  private boolean isRouter(ISwc4jAst obj, SourceModule module) {
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
        if (callee instanceof Swc4jAstMemberExpr m) {
          node = Ast.unwrap(m.getObj()); // app.get(...).post(...)
          continue;
        }
        return false;
      }
      if (node instanceof Swc4jAstIdent id) {
        Optional<Declaration> d = module.topLevel().lookup(id.getSym());
        if (d.isPresent() && d.get() instanceof Declaration.Variable v) {
          node = Ast.unwrap(v.init());
          continue;
        }
        return d.isEmpty() && Set.of("app", "router", "api").contains(id.getSym());
      }
      return false;
    }
    return false;
  }

  private Optional<FunctionUnit> functionValue(ISwc4jAst expr, FunctionUnit context) {
    Value v = evaluator.eval(expr, context);
    if (v instanceof Value.Function f) {
      return Optional.of(f.unit());
    }
    return unitOfNode(context.module(), Ast.unwrap(expr));
  }

  private Optional<FunctionUnit> declarationUnit(Declaration d) {
    return evaluator.declaration(d, 0) instanceof Value.Function f ? Optional.of(f.unit()) : Optional.empty();
  }

  private Optional<FunctionUnit> unitOfNode(SourceModule module, ISwc4jAst node) {
    return module.unitAt(node);
  }

  private void add(EntryKind kind, String name, SourceModule module, ISwc4jAst at, FunctionUnit unit) {
    entries.add(new Entry(new EntryPoint(kind, name, Ast.location(module.relativePath(), at)), unit));
  }
}
