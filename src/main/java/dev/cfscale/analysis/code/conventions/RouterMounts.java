package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
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
 * named), and {@code new Hono().basePath("/api")}. A router can be a module's variable or one built inside a
 * route-registration function ({@code function setupAppRoutes(app) { const apps = new Hono(); ...;
 * app.route("/api/apps", apps) }}): names are looked up from the function the call is written in.
 */
final class RouterMounts {
  private static final Set<String> ROUTERS = Set.of("Hono", "OpenAPIHono", "Router", "AutoRouter", "IttyRouter", "Elysia", "Chanfana",
      "fromHono", "fromIttyRouter");
  /** Names that stand for a router when nothing declares them, or when they are a function's parameter ({@code setup(app)}). */
  private static final Set<String> ROUTER_NAMES = Set.of("app", "router", "api");
  /** A router variable: the function (or module top level) that declares it, and its name there. */
  private record RouterVariable(FunctionUnit scope, String name) {}

  /** Mounted router variable -> the path it is mounted at on its parent router. */
  private final Map<RouterVariable, String> prefixes = new HashMap<>();
  /**
   * Mounted router variable -> the router it is mounted on, when that is a variable: a tree of routers
   * ({@code app.route("/api", api)}, then {@code api.route("/v1/users", users)}) serves users' routes under /api/v1/users.
   */
  private final Map<RouterVariable, RouterVariable> parents = new HashMap<>();
  /** How many mounts up a prefix is composed: deeper trees are not written by hand, and a router mounted in itself would loop. */
  private static final int MOUNT_DEPTH = 8;
  private final Project project;
  private final Evaluator evaluator;

  private RouterMounts(Project project, Evaluator evaluator) {
    this.project = project;
    this.evaluator = evaluator;
  }

  /** The module's {@code x.route(a, b)} calls, found once per run. */
  private static final Object MOUNT_CALLS = new Object();

  static RouterMounts of(EntryScope scope) {
    return of(scope.project(), scope.evaluator());
  }

  /** The mounts of the Worker {@code project} analyses, built once per Worker (a guard's path is read per route). */
  static RouterMounts of(Project project, Evaluator evaluator) {
    return project.overModules(RouterMounts.class, modules -> mountsIn(modules, project, evaluator));
  }

  private static RouterMounts mountsIn(Iterable<SourceModule> modules, Project project, Evaluator evaluator) {
    RouterMounts mounts = new RouterMounts(project, evaluator);
    for (SourceModule module : modules) {
      List<Swc4jAstCallExpr> calls = module.derived(MOUNT_CALLS, m -> m.calls().stream().filter(c -> c.getArgs().size() == 2
          && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr e && Ast.propName(e).filter("route"::equals).isPresent()).toList());
      calls.forEach(call -> mounts.mount(module.unitHolding(call), call));
    }
    return mounts;
  }

  /** Records {@code app.route("/admin", adminApp)} written in {@code unit}: routes of adminApp are under /admin. */
  private void mount(FunctionUnit unit, Swc4jAstCallExpr call) {
    Swc4jAstMemberExpr m = (Swc4jAstMemberExpr) Ast.unwrap(call.getCallee());
    if (!isRouter(m.getObj(), unit, project)) {
      return;
    }
    Value path = evaluator.eval(call.getArgs().get(0).getExpr(), unit);
    Optional<RouterVariable> mounted = Ast.identifier(call.getArgs().get(1).getExpr()).flatMap(name -> routerVariable(unit, name));
    if (path instanceof Value.Text text && mounted.isPresent()) {
      prefixes.put(mounted.get(), text.text());
      Ast.identifier(chainStart(m.getObj())).flatMap(name -> routerVariable(unit, name))
          .ifPresent(parent -> parents.put(mounted.get(), parent));
    }
  }

  /** The router a chain of registrations starts from: {@code app} of {@code app.use(mw).route("/x", x)}. */
  private static ISwc4jAst chainStart(ISwc4jAst obj) {
    ISwc4jAst node = Ast.unwrap(obj);
    while (node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m) {
      node = Ast.unwrap(m.getObj());
    }
    return node;
  }

  /**
   * The prefix every route of a router variable is under through the routers it is mounted on: each parent's own
   * mount path and base path first ({@code app.route("/api", api)} and {@code api.route("/v1", v1)}: /api/v1).
   */
  private String mountedPrefix(RouterVariable variable) {
    StringBuilder out = new StringBuilder();
    RouterVariable at = variable;
    for (int depth = 0; depth < MOUNT_DEPTH && at != null; depth++) {
      String own = prefixes.get(at);
      if (own == null) {
        break;
      }
      out.insert(0, trimmed(own));
      at = parents.get(at);
      if (at != null) {
        out.insert(0, basePath(at.scope(), at.name()).map(RouterMounts::trimmed).orElse(""));
      }
    }
    return out.toString();
  }

  /** A path without its trailing slashes, with a leading one ({@code "v1/"} -> {@code /v1}; {@code "/"} -> ""). */
  private static String trimmed(String path) {
    String t = path.replaceAll("/+$", "");
    return t.isEmpty() || t.startsWith("/") ? t : "/" + t;
  }

  /** The router variable {@code name} as seen from {@code unit} (following an import). */
  private Optional<RouterVariable> routerVariable(FunctionUnit unit, String name) {
    Optional<Declaration> decl = unit.lookup(name);
    if (decl.isPresent() && decl.get() instanceof Declaration.Import imp) {
      return project.imported(unit.module(), imp.specifier()).flatMap(target ->
          Optional.ofNullable(target.exports().get(imp.imported())).map(local -> new RouterVariable(target.topLevel(), local)));
    }
    return decl.filter(d -> d instanceof Declaration.Variable).map(d -> new RouterVariable(((Declaration.Variable) d).scope(), name));
  }

  /** The prefix a router's routes are mounted under, or "", for a registration written in {@code unit}. */
  String prefixOf(ISwc4jAst obj, FunctionUnit unit) {
    ISwc4jAst node = chainStart(obj);
    Optional<RouterVariable> variable = Ast.identifier(node).flatMap(name -> routerVariable(unit, name));
    String prefix = variable.map(this::mountedPrefix).orElse("");
    String base = Ast.identifier(node).flatMap(name -> basePath(unit, name)).orElse("");
    return (prefix + base).replaceAll("/+$", "");
  }

  /** {@code const app = new Hono().basePath("/api")}: the base path every route of {@code app} is under. */
  private Optional<String> basePath(FunctionUnit unit, String name) {
    Optional<Declaration> decl = unit.lookup(name);
    if (decl.isEmpty() || !(decl.get() instanceof Declaration.Variable v)) {
      return Optional.empty();
    }
    ISwc4jAst node = Ast.unwrap(v.init());
    while (node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m) {
      if (Ast.propName(m).filter("basePath"::equals).isPresent() && !c.getArgs().isEmpty()
          && evaluator.eval(c.getArgs().get(0).getExpr(), v.scope()) instanceof Value.Text t) {
        return Optional.of(t.text().startsWith("/") ? t.text() : "/" + t.text());
      }
      node = Ast.unwrap(m.getObj());
    }
    return Optional.empty();
  }

  /**
   * A router instance as seen from {@code unit}: {@code new Hono()}, {@code Router()}, a variable holding one, a
   * chained registration, or a name like one ({@code app}) that nothing declares, a function's parameter
   * ({@code function setupRoutes(app: Hono)}) or a function's local variable built by a call we cannot follow.
   * An imported name is the exporting module's variable: one shared app that route files import and register on
   * ({@code import app from "../hono"; app.get(...)}, each route file imported for its side effects).
   */
  static boolean isRouter(ISwc4jAst obj, FunctionUnit unit, Project project) {
    ISwc4jAst node = Ast.unwrap(obj);
    FunctionUnit at = unit;
    String localName = null;
    for (int depth = 0; depth < 10; depth++) {
      if (node instanceof Swc4jAstNewExpr n) {
        return Ast.identifier(n.getCallee()).filter(ROUTERS::contains).isPresent() || namedLikeOne(localName);
      }
      if (node instanceof Swc4jAstCallExpr c) {
        ISwc4jAst callee = Ast.unwrap(c.getCallee());
        if (callee instanceof Swc4jAstIdent id) {
          if (ROUTERS.contains(id.getSym()) || namedLikeOne(localName)) {
            return true;
          }
          // export const api = createApp(), with const createApp = () => new Hono<{ Bindings: Env }>(): what the factory returns
          Optional<FunctionUnit> factory = factory(id.getSym(), at, project).filter(f -> f.returned().size() == 1);
          if (factory.isEmpty()) {
            return false;
          }
          node = Ast.unwrap(factory.get().returned().get(0));
          at = factory.get();
          continue;
        }
        if (!(callee instanceof Swc4jAstMemberExpr m)) {
          return namedLikeOne(localName);
        }
        node = Ast.unwrap(m.getObj()); // app.get(...).post(...)
        continue;
      }
      if (!(node instanceof Swc4jAstIdent id)) {
        return namedLikeOne(localName);
      }
      Optional<Declaration> d = at.lookup(id.getSym());
      if (d.isPresent() && d.get() instanceof Declaration.Import imp) {
        d = exported(imp, project);
      }
      if (d.isEmpty() || d.get() instanceof Declaration.Parameter) {
        return ROUTER_NAMES.contains(id.getSym());
      }
      if (!(d.get() instanceof Declaration.Variable v)) {
        return false;
      }
      if (localName == null && v.scope() != v.scope().module().topLevel()) {
        localName = id.getSym();
      }
      node = Ast.unwrap(v.init());
      at = v.scope();
    }
    return namedLikeOne(localName);
  }

  /** The project function {@code name} calls from {@code unit}: a function declaration, or a variable holding an arrow or function. */
  private static Optional<FunctionUnit> factory(String name, FunctionUnit unit, Project project) {
    Optional<Declaration> d = unit.lookup(name);
    if (d.isPresent() && d.get() instanceof Declaration.Import imp) {
      d = exported(imp, project);
    }
    if (d.isPresent() && d.get() instanceof Declaration.Function f) {
      return Optional.of(f.unit());
    }
    if (d.isPresent() && d.get() instanceof Declaration.Variable v && v.init() != null) {
      return v.scope().module().unitAt(Ast.unwrap(v.init()));
    }
    return Optional.empty();
  }

  /** The project declaration an import names, or empty (a package, or a name the module does not export). */
  private static Optional<Declaration> exported(Declaration.Import imp, Project project) {
    return project.imported(imp.from(), imp.specifier()).flatMap(target ->
        Optional.ofNullable(target.exports().get(imp.imported())).flatMap(local -> target.topLevel().lookup(local)));
  }

  private static boolean namedLikeOne(String name) {
    return name != null && ROUTER_NAMES.contains(name);
  }
}
