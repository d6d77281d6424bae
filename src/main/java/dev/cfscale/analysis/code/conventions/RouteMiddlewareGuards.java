package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import dev.cfscale.findings.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Middleware in front of a router's route (Hono, itty-router and similar): a guard passed before the handler
 * ({@code app.post("/x", bearerAuth({ token }), handler)}), or registered with {@code use} before the route on
 * the same router ({@code app.use("/api/*", jwt({ secret }))}, itty-router's {@code router.all("/api/*", withKey)}), or on
 * any router for a path prefix that covers the route. A middleware guards when it is named for a check ({@code bearerAuth}, {@code basicAuth},
 * {@code jwt}, {@code requireAuth}) or its own code checks the caller.
 */
final class RouteMiddlewareGuards implements Convention {

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    if (point.kind() != EntryKind.ROUTE) {
      return false;
    }
    String path = path(point.name());
    for (SourceModule module : evaluator.project().overModules(Candidates.class, Candidates::of).of(point.location().file())) {
      Optional<Swc4jAstCallExpr> route = module.relativePath().equals(point.location().file()) ? registration(module, point) : Optional.empty();
      if (route.isPresent() && guardedAt(route.get(), module, evaluator)) {
        return true;
      }
      for (Swc4jAstCallExpr call : useCalls(module)) {
        if (covers(call, path, route, module, evaluator) && middlewareGuards(call, module, evaluator)) {
          return true;
        }
      }
      // the route's own module: also an earlier registration of the same path on the same router
      for (Swc4jAstCallExpr call : route.isPresent() ? sameRouterCalls(module, route.get()) : List.<Swc4jAstCallExpr>of()) {
        if (earlierSamePath(call, route.get(), module, evaluator) && middlewareGuards(call, module, evaluator)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The Worker's modules a route's guard can stand in: those with {@code use} calls, and the route's own, in the
   * Worker's module order (built once per Worker: a monorepo has thousands of routes and modules).
   */
  private record Candidates(List<Indexed> withUse, Map<String, List<Indexed>> byFile) {
    private record Indexed(int order, SourceModule module) {}

    static Candidates of(Iterable<SourceModule> modules) {
      List<Indexed> withUse = new ArrayList<>();
      Map<String, List<Indexed>> byFile = new HashMap<>();
      int order = 0;
      for (SourceModule module : modules) {
        Indexed indexed = new Indexed(order++, module);
        if (!useCalls(module).isEmpty()) {
          withUse.add(indexed);
        }
        byFile.computeIfAbsent(module.relativePath(), k -> new ArrayList<>()).add(indexed);
      }
      return new Candidates(List.copyOf(withUse), byFile);
    }

    /** The modules to look at for a route registered in {@code file}, in module order. */
    List<SourceModule> of(String file) {
      List<Indexed> own = byFile.getOrDefault(file, List.of());
      if (own.isEmpty()) {
        return withUse.stream().map(Indexed::module).toList();
      }
      TreeMap<Integer, SourceModule> merged = new TreeMap<>();
      withUse.forEach(i -> merged.put(i.order(), i.module()));
      own.forEach(i -> merged.put(i.order(), i.module()));
      return List.copyOf(merged.values());
    }
  }

  /** The module's {@code x.use(...)} calls, found once per run. */
  private static final Object USE_CALLS = new Object();

  private static List<Swc4jAstCallExpr> useCalls(SourceModule module) {
    return module.derived(USE_CALLS, m -> m.calls().stream().filter(RouteMiddlewareGuards::isUse).toList());
  }

  /** The module's calls on a named router ({@code app.get(...)}) by that name, found once per run. */
  private static final Object CALLS_BY_ROUTER = new Object();

  /**
   * The calls of the module made on the same router variable as {@code route}: the only ones that can be an earlier
   * registration of its path (a module holds thousands of other calls; a route is asked about once per Worker).
   */
  private static List<Swc4jAstCallExpr> sameRouterCalls(SourceModule module, Swc4jAstCallExpr route) {
    Map<String, List<Swc4jAstCallExpr>> byRouter = module.derived(CALLS_BY_ROUTER, m -> {
      Map<String, List<Swc4jAstCallExpr>> out = new HashMap<>();
      m.calls().forEach(c -> router(c).ifPresent(r -> out.computeIfAbsent(r, k -> new ArrayList<>()).add(c)));
      return out;
    });
    return router(route).map(r -> byRouter.getOrDefault(r, List.of())).orElse(List.of());
  }

  /** The module's calls by location (the first at each), found once per run. */
  private static final Object CALLS_AT = new Object();

  /** True when a router call ({@code app.post(...)}) registered the route entry, not a framework's route file. */
  static boolean registeredAt(EntryPoint point, Evaluator evaluator) {
    for (SourceModule module : evaluator.project().overModules(Candidates.class, Candidates::of).of(point.location().file())) {
      if (module.relativePath().equals(point.location().file()) && registration(module, point).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The router call that registered the entry ({@code app.post(...)} at the entry's location). */
  private static Optional<Swc4jAstCallExpr> registration(SourceModule module, EntryPoint point) {
    Map<Location, Swc4jAstCallExpr> at = module.derived(CALLS_AT, m -> {
      Map<Location, Swc4jAstCallExpr> first = new HashMap<>();
      m.calls().forEach(c -> first.putIfAbsent(Ast.location(m.topLevel(), c), c));
      return first;
    });
    return Optional.ofNullable(at.get(point.location()));
  }

  /** A guard among the route's own middleware: every argument before the last (the handler). */
  private static boolean guardedAt(Swc4jAstCallExpr route, SourceModule module, Evaluator evaluator) {
    List<ISwc4jAst> args = route.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList();
    return args.size() > 2 && args.subList(1, args.size() - 1).stream().anyMatch(a -> guard(a, module, evaluator));
  }

  private static boolean isUse(Swc4jAstCallExpr call) {
    if (!(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)) {
      return false;
    }
    Optional<String> method = Ast.propName(m);
    return method.filter("use"::equals).isPresent() || method.filter("all"::equals).isPresent() && wildcardPath(call);
  }

  private static boolean isAll(Swc4jAstCallExpr call) {
    return Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("all"::equals).isPresent();
  }

  /**
   * {@code router.all("/api/*", withKey)}: itty-router runs every handler whose path matches, in order, until one
   * returns a response, so a handler for a wildcard path is middleware for the routes under it (Hono's {@code use}).
   */
  private static boolean wildcardPath(Swc4jAstCallExpr call) {
    return call.getArgs().size() >= 2 && Ast.unwrap(call.getArgs().get(0).getExpr())
        instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr path && path.getValue().endsWith("*");
  }

  /**
   * {@code use(path, mw)} whose path prefix covers the route, or {@code use(mw)} on the route's own router
   * before the route. The path is under the prefix the use's router is mounted at, as the route's is
   * ({@code admin.use("/posts/*", auth)} with {@code app.route("/api", admin)} covers {@code /api/posts}).
   */
  private static boolean covers(Swc4jAstCallExpr use, String path, Optional<Swc4jAstCallExpr> route, SourceModule module, Evaluator evaluator) {
    if (isAll(use) && (route.isEmpty() || use.getSpan().getStart() >= route.get().getSpan().getStart() || !sameRouter(use, route.get()))) {
      return false; // an all() handler runs before a route only when registered before it on the same router
    }
    if (!use.getArgs().isEmpty() && evaluator.eval(use.getArgs().get(0).getExpr(), module.topLevel()) instanceof Value.Text t) {
      String mount = RouterMounts.of(evaluator.project(), evaluator).prefixOf(((Swc4jAstMemberExpr) Ast.unwrap(use.getCallee())).getObj(),
          module.unitHolding(use));
      String prefix = mount + t.text().replaceAll("[*/]+$", "");
      return path.startsWith(prefix);
    }
    return route.isPresent() && use.getSpan().getStart() < route.get().getSpan().getStart() && sameRouter(use, route.get());
  }

  /** {@code app.put("/upload", checkAuth)} registered before {@code app.put("/upload", handler)}: Hono runs both, in order. */
  private static boolean earlierSamePath(Swc4jAstCallExpr call, Swc4jAstCallExpr route, SourceModule module, Evaluator evaluator) {
    if (call == route || call.getSpan().getStart() >= route.getSpan().getStart() || !sameRouter(call, route)
        || call.getArgs().isEmpty() || route.getArgs().isEmpty()) {
      return false;
    }
    Value a = evaluator.eval(call.getArgs().get(0).getExpr(), module.topLevel());
    Value b = evaluator.eval(route.getArgs().get(0).getExpr(), module.topLevel());
    return a instanceof Value.Text ta && b instanceof Value.Text tb && ta.text().equals(tb.text());
  }

  private static boolean sameRouter(Swc4jAstCallExpr a, Swc4jAstCallExpr b) {
    Optional<String> ra = router(a);
    return ra.isPresent() && ra.equals(router(b));
  }

  /** The variable a method is called on: {@code app} of {@code app.get(...)}. */
  private static Optional<String> router(Swc4jAstCallExpr call) {
    return Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m ? Ast.identifier(m.getObj()) : Optional.empty();
  }

  /** True when a middleware the call passes is a guard ({@link #guard}). */
  static boolean middlewareGuards(Swc4jAstCallExpr use, SourceModule module, Evaluator evaluator) {
    return use.getArgs().stream().anyMatch(a -> guard(a.getExpr(), module, evaluator));
  }

  /** A middleware named for a check ({@code bearerAuth(...)}, {@code auth}), or a function whose own code checks the caller. */
  private static boolean guard(ISwc4jAst arg, SourceModule module, Evaluator evaluator) {
    ISwc4jAst node = Ast.unwrap(arg);
    ISwc4jAst named = node instanceof Swc4jAstCallExpr call ? Ast.unwrap(call.getCallee()) : node;
    Optional<String> name = Ast.calleeName(named);
    if (name.filter(RequestAuthChecks::guardName).isPresent()) {
      return true;
    }
    Optional<FunctionUnit> fn = evaluator.eval(node, module.topLevel()) instanceof Value.Function f ? Optional.of(f.unit())
        : module.unitAt(node);
    return fn.filter(u -> evaluator.project().conventions().stream().anyMatch(c -> c.guards(u, evaluator))).isPresent();
  }

  /** The path of a route entry's name ({@code POST /api/chat} -> {@code /api/chat}). */
  private static String path(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
