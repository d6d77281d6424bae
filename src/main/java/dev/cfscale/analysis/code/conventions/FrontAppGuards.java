package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
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
import java.util.Set;

/**
 * A Worker whose own fetch handler is a router app put in front of a file-routed framework: the app runs a middleware
 * for every path ({@code app.use(basicAuth(...))}, no path argument) and serves the Worker's requests
 * ({@code return app.fetch(request, env, ctx)} or {@code export default app}), then hands what is left to the framework
 * ({@code app.use(reactRouter(...))}, {@code app.all("*", c => handler(c.req.raw))}). When that blanket middleware checks the
 * caller, every route the framework declares in its files (a React Router loader or action, an Astro page or action, a
 * server function) is behind it. Routes registered on a router are {@link RouteMiddlewareGuards}' question: a pathless
 * {@code use} covers only what is registered after it on the same router.
 */
final class FrontAppGuards implements Convention {
  private static final Set<String> SERVES = Set.of("fetch");

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    if (point.kind() != EntryKind.ROUTE || registeredOnRouter(point, evaluator)) {
      return false;
    }
    for (SourceModule module : evaluator.project().overModules(FrontApps.class, FrontApps::of).modules()) {
      for (Swc4jAstCallExpr use : blanketUses(module)) {
        if (RouteMiddlewareGuards.middlewareGuards(use, module, evaluator)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The Worker's modules with a pathless {@code use} on an app that also serves the Worker's requests, found once per Worker. */
  private record FrontApps(List<SourceModule> modules) {
    static FrontApps of(Iterable<SourceModule> all) {
      List<SourceModule> out = new ArrayList<>();
      for (SourceModule module : all) {
        if (!blanketUses(module).isEmpty()) {
          out.add(module);
        }
      }
      return new FrontApps(List.copyOf(out));
    }
  }

  /** Per module, computed once: {@link #blanketUsesOf}. */
  private static final Object BLANKET_USES = new Object();

  private static List<Swc4jAstCallExpr> blanketUses(SourceModule module) {
    return module.derived(BLANKET_USES, FrontAppGuards::blanketUsesOf);
  }

  /**
   * The module's {@code app.use(mw)} calls with no path on an app whose {@code fetch} the same module calls or which it
   * exports as its default (the app is the Worker's front door, not a sub-router mounted under a prefix).
   */
  private static List<Swc4jAstCallExpr> blanketUsesOf(SourceModule module) {
    List<String> served = new ArrayList<>();
    for (Swc4jAstCallExpr call : module.calls()) {
      if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(SERVES::contains).isPresent()) {
        appName(m.getObj()).ifPresent(served::add);
      }
    }
    String exportedDefault = module.exports().get("default");
    if (exportedDefault != null) {
      served.add(exportedDefault);
    }
    if (served.isEmpty()) {
      return List.of();
    }
    List<Swc4jAstCallExpr> out = new ArrayList<>();
    for (Swc4jAstCallExpr call : module.calls()) {
      if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("use"::equals).isPresent()
          && !call.getArgs().isEmpty() && !pathArgument(call.getArgs().get(0).getExpr())
          && appName(m.getObj()).filter(served::contains).isPresent()) {
        out.add(call);
      }
    }
    return List.copyOf(out);
  }

  /** {@code "/api/*"} or a template: a path the middleware is limited to. */
  private static boolean pathArgument(ISwc4jAst arg) {
    ISwc4jAst a = Ast.unwrap(arg);
    return a instanceof Swc4jAstStr || a instanceof Swc4jAstTpl;
  }

  /** {@code app} of {@code app.use}, {@code this.app} of {@code this.app.use} (an app kept in a class field). */
  private static Optional<String> appName(ISwc4jAst object) {
    ISwc4jAst o = Ast.unwrap(object);
    if (o instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr) {
      return Ast.propName(m).map(p -> "this." + p);
    }
    return Ast.identifier(o);
  }

  /** The route was declared by a router call ({@code app.get("/x", ...)}) rather than by a framework's route file. */
  private static boolean registeredOnRouter(EntryPoint point, Evaluator evaluator) {
    return RouteMiddlewareGuards.registeredAt(point, evaluator);
  }
}
