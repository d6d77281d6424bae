package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.ClassInfo;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.FixedInstance;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cloudflare Actors ({@code @cloudflare/actors}): {@code export default handler(X)} is the Worker. With a
 * function, that function is the fetch handler; with an {@code Entrypoint} class, its fetch; with an
 * {@code Actor} class, every request goes to the instance {@code X.nameFromRequest(request)} names, which
 * is the constant "default" unless the class overrides it, and {@code track: { enabled: true }} also
 * records each request in the one instance "_cf_actors". {@code X.get(name)} is a stub of instance name.
 */
final class CloudflareActors implements Convention {
  private static final String DEFAULT_NAME = "default";
  private static final String TRACKER_NAME = "_cf_actors";

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (var export : DefaultExport.items(module)) {
      if (DefaultExport.expression(export, module) instanceof Swc4jAstCallExpr call && isHandler(call, module) && !call.getArgs().isEmpty()) {
        ISwc4jAst target = call.getArgs().get(0).getExpr();
        Optional<ClassInfo> c = actorsClass(target, module.topLevel(), scope.project());
        if (c.isPresent() && c.get().superClass().equals("Actor")) {
          routesToOneActor(call, c.get(), module, scope);
        } else if (c.isPresent()) {
          c.get().methods().forEach((name, unit) -> Optional.ofNullable(HandlerNames.KINDS.get(name))
              .ifPresent(kind -> scope.add(kind, name, module, unit.node(), unit)));
        } else {
          scope.functionValue(target, module.topLevel()).ifPresent(u -> {
            scope.project().markEnvParameter(u, 1);
            scope.add(EntryKind.FETCH, "fetch", module, call, u);
          });
        }
      }
    }
  }

  /** {@code handler(MyActor)}: every request goes to the instance nameFromRequest names (and to the tracker). */
  private static void routesToOneActor(Swc4jAstCallExpr call, ClassInfo actor, SourceModule module, EntryScope scope) {
    scope.routesTo(actor.name());
    FunctionUnit naming = actor.methods().get("nameFromRequest");
    if (naming == null) {
      scope.fixedInstance(module, call, "handler(" + actor.name() + ") uses the default nameFromRequest, which names every request's"
          + " instance \"" + DEFAULT_NAME + "\"", actor.name(), DEFAULT_NAME, FixedInstance.Origin.WORKER_ROUTER);
    } else {
      constantReturn(naming, scope.evaluator()).ifPresent(r -> scope.fixedInstance(naming.module(), r.node(), actor.name()
          + ".nameFromRequest returns the constant \"" + r.name() + "\", so handler(" + actor.name() + ") routes every request to that"
          + " instance", actor.name(), r.name(), FixedInstance.Origin.WORKER_ROUTER));
    }
    if (call.getArgs().size() > 1 && Ast.unwrap(call.getArgs().get(1).getExpr()) instanceof Swc4jAstObjectLit options) {
      property(options, "track").filter(t -> property(t, "enabled").filter(e -> e.getValue() instanceof Swc4jAstBool b && b.isValue())
          .isPresent()).ifPresent(track -> scope.fixedInstance(module, track, "handler(" + actor.name() + ", { track: { enabled: true } })"
          + " records every request in the tracking instance \"" + TRACKER_NAME + "\"", actor.name(), TRACKER_NAME,
          FixedInstance.Origin.WORKER_ROUTER));
    }
  }

  private record NamedReturn(ISwc4jAst node, String name) {}

  /** The name a nameFromRequest override returns when every return gives the same constant. */
  private static Optional<NamedReturn> constantReturn(FunctionUnit naming, Evaluator evaluator) {
    List<ISwc4jAst> returned = naming.returned();
    List<String> names = returned.stream().map(r -> evaluator.eval(r, naming)).map(v -> v instanceof Value.Text t ? t.text() : null).toList();
    if (returned.isEmpty() || names.contains(null) || names.stream().distinct().count() != 1) {
      return Optional.empty();
    }
    return Optional.of(new NamedReturn(returned.get(0), names.get(0)));
  }

  private static Optional<Swc4jAstKeyValueProp> property(Object node, String key) {
    ISwc4jAst value = node instanceof Swc4jAstKeyValueProp kv ? Ast.unwrap(kv.getValue()) : (ISwc4jAst) node;
    if (!(value instanceof Swc4jAstObjectLit object)) {
      return Optional.empty();
    }
    return object.getProps().stream().filter(p -> p instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(key::equals).isPresent())
        .map(p -> (Swc4jAstKeyValueProp) p).findFirst();
  }

  @Override
  public Optional<Value> value(ISwc4jAst node, FunctionUnit unit, int depth, Evaluator evaluator) {
    return stub(node, unit, evaluator).map(v -> v);
  }

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    stub(node, unit, scope.evaluator()).ifPresent(s ->
        scope.record(unit, node, Optional.of(s.namespace()), "getByName", s.name(), CallOptions.NONE));
  }

  /** {@code MyActor.get(name)} on an Actor class the config binds: a stub of instance {@code name}. */
  private static Optional<Value.DurableObjectStub> stub(ISwc4jAst node, FunctionUnit unit, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstCallExpr call) || call.getArgs().size() != 1 || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter("get"::equals).isEmpty() || !(Ast.unwrap(m.getObj()) instanceof Swc4jAstIdent)) {
      return Optional.empty();
    }
    return actorsClass(m.getObj(), unit, evaluator.project()).filter(c -> c.superClass().equals("Actor"))
        .flatMap(c -> evaluator.project().durableObjectBinding(c.name()))
        .map(b -> new Value.DurableObjectStub(b, evaluator.keyOf(call.getArgs().get(0).getExpr(), unit)));
  }

  /** The project class {@code expr} names when it extends the library's {@code Actor} or {@code Entrypoint}. */
  private static Optional<ClassInfo> actorsClass(ISwc4jAst expr, FunctionUnit unit, Project project) {
    Optional<String> name = Ast.identifier(expr);
    Optional<Declaration> decl = name.flatMap(unit::lookup);
    Optional<ClassInfo> info = decl.filter(d -> d instanceof Declaration.Class).map(d -> ((Declaration.Class) d).info())
        .or(() -> decl.filter(d -> d instanceof Declaration.Import i && !Map.of("default", 0, "*", 0).containsKey(i.imported()))
            .flatMap(d -> project.classNamed(((Declaration.Import) d).imported())));
    return info.filter(c -> c.superClass().equals("Actor") || c.superClass().equals("Entrypoint"));
  }

  /** {@code handler(...)} imported from the library (any specifier: the examples import its source). */
  private static boolean isHandler(Swc4jAstCallExpr call, SourceModule module) {
    return Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent id && id.getSym().equals("handler")
        && module.topLevel().lookup("handler").orElse(null) instanceof Declaration.Import i && i.imported().equals("handler");
  }
}
