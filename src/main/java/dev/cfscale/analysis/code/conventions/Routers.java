package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.EntryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Router registrations (Hono, itty-router, chanfana and similar): {@code app.get("/path", handler)} is a
 * route entry named by its method and full path, including the prefix a sub-app is mounted under
 * ({@code app.route("/admin", admin)}) and a {@code basePath}. A route class (chanfana's
 * {@code OpenAPIRoute}) is entered through its {@code handle()} or {@code fetch()}.
 */
final class Routers implements Convention {
  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch", "all", "on", "options", "head", "use");
  private static final List<String> ROUTE_CLASS_METHODS = List.of("handle", "fetch");

  /** The module's calls of a method named like a route registration ({@code x.get(...)}), found once per run. */
  private static final Object ROUTE_CALLS = new Object();

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    RouterMounts mounts = scope.once(Routers.class, () -> RouterMounts.of(scope));
    List<Swc4jAstCallExpr> routeCalls = module.derived(ROUTE_CALLS, m -> m.calls().stream()
        .filter(c -> Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr e && HTTP_METHODS.contains(method(e))).toList());
    for (Swc4jAstCallExpr call : routeCalls) {
      Swc4jAstMemberExpr m = (Swc4jAstMemberExpr) Ast.unwrap(call.getCallee());
      String method = method(m);
      FunctionUnit unit = module.unitHolding(call);
      if (!RouterMounts.isRouter(m.getObj(), unit, scope.project())) {
        continue;
      }
      String prefix = mounts.prefixOf(m.getObj(), unit);
      String own = call.getArgs().isEmpty() ? "*"
          : Optional.of(scope.evaluator().eval(call.getArgs().get(0).getExpr(), unit))
              .filter(v -> v instanceof Value.Text).map(v -> ((Value.Text) v).text()).orElse("*");
      String path = !prefix.isEmpty() && own.equals("/") ? prefix : prefix + own; // notes.get("/") under /api/notes serves /api/notes
      for (var arg : call.getArgs()) {
        handlers(arg.getExpr(), unit, module, scope).forEach(u ->
            scope.add(EntryKind.ROUTE, method.toUpperCase(Locale.ROOT) + " " + path, module, call, u));
      }
    }
  }

  /**
   * The functions a route argument runs: the function itself (or a route class's method), and the functions a
   * project handler factory is given ({@code adapt(NoteController, NoteController.list)} returns a closure that
   * calls {@code NoteController.list}; which one depends on the route, so the route enters it directly).
   */
  private static List<FunctionUnit> handlers(ISwc4jAst arg, FunctionUnit unit, SourceModule module, EntryScope scope) {
    List<FunctionUnit> out = new ArrayList<>();
    scope.functionValue(arg, unit).or(() -> routeClassMethod(arg, module, scope)).ifPresent(out::add);
    if (Ast.unwrap(arg) instanceof Swc4jAstCallExpr factory && scope.evaluator().eval(factory.getCallee(), unit) instanceof Value.Function) {
      for (var wrapped : factory.getArgs()) {
        if (scope.evaluator().eval(wrapped.getExpr(), unit) instanceof Value.Function f && !out.contains(f.unit())) {
          out.add(f.unit());
        }
      }
    }
    return out;
  }

  private static String method(Swc4jAstMemberExpr callee) {
    return Ast.propName(callee).orElse("").toLowerCase(Locale.ROOT);
  }

  /** {@code openapi.get("/tasks", TaskList)}: the route class's handle() (chanfana) or fetch() method. */
  private static Optional<FunctionUnit> routeClassMethod(ISwc4jAst arg, SourceModule module, EntryScope scope) {
    Optional<String> name = Ast.identifier(arg);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Declaration> decl = module.topLevel().lookup(name.get());
    String className = decl.filter(d -> d instanceof Declaration.Import).map(d -> ((Declaration.Import) d).imported())
        .filter(n -> !n.equals("default") && !n.equals("*")).orElse(name.get());
    Optional<ClassInfo> info = decl.filter(d -> d instanceof Declaration.Class).map(d -> ((Declaration.Class) d).info())
        .or(() -> scope.project().classNamed(className));
    Map<String, FunctionUnit> methods = info.map(ClassInfo::methods).orElse(Map.of());
    return ROUTE_CLASS_METHODS.stream().map(methods::get).filter(Objects::nonNull).findFirst();
  }
}
