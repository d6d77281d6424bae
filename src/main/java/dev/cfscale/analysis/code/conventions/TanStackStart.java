package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * TanStack Start (https://tanstack.com/start/latest/docs/framework/react/guide/server-routes): a file route's
 * {@code createFileRoute("/path")({ server: { handlers: { GET, POST } } })} answers HTTP requests, and
 * {@code createServerFn().handler(fn)} is a server function any page visitor can call with a POST
 * (https://tanstack.com/start/latest/docs/framework/react/guide/server-functions). The framework's virtual server
 * entry loads the file routes under {@code src/routes/}, which the import graph cannot follow from the Worker's entry.
 */
final class TanStackStart implements Convention {
  private static final Set<String> PACKAGES = Set.of("@tanstack/react-start", "@tanstack/solid-start", "@tanstack/start");
  private static final Set<String> ROUTERS = Set.of("@tanstack/react-router", "@tanstack/solid-router");
  private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY");
  /** How far a server function's builder chain ({@code createServerFn().inputValidator(v).middleware(m)}) is followed. */
  private static final int MAX_CHAIN = 12;

  @Override
  public List<String> frameworkFolders(SourceModule module) {
    boolean start = module.imports().stream().anyMatch(s -> PACKAGES.stream().anyMatch(p -> s.equals(p) || s.startsWith(p + "/")));
    return start ? List.of("src/routes") : List.of();
  }

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    // both shapes start from a name imported from one of these packages: a module importing none has neither
    // (every Worker of a monorepo asks this of every module it reaches)
    if (PACKAGES.stream().noneMatch(module.imports()::contains) && ROUTERS.stream().noneMatch(module.imports()::contains)) {
      return;
    }
    for (Swc4jAstCallExpr call : module.calls()) {
      routePath(call, module).ifPresent(path -> serverHandlers(call, path, module, scope));
      if (isServerFunction(call, module)) {
        String name = exportedAs(call, module).orElse(module.relativePath() + ":" + call.getSpan().getLine());
        scope.functionValue(call.getArgs().get(0).getExpr(), module.topLevel()).ifPresent(u ->
            scope.add(EntryKind.ROUTE, "server function " + name, module, call, u));
      }
    }
  }

  /** The name a module exports {@code call}'s result under ({@code export const sendMessage = createServerFn()...}). */
  private static Optional<String> exportedAs(Swc4jAstCallExpr call, SourceModule module) {
    return module.exports().entrySet().stream().filter(e -> module.topLevel().lookup(e.getValue()).orElse(null) instanceof Declaration.Variable v
        && v.init() != null && Ast.unwrap(v.init()) == call).map(java.util.Map.Entry::getKey).findFirst();
  }

  /** The path of {@code createFileRoute("/path")(options)}, when {@code call} is the outer call. */
  private static Optional<String> routePath(Swc4jAstCallExpr call, SourceModule module) {
    if (call.getArgs().isEmpty() || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstCallExpr factory)
        || factory.getArgs().isEmpty() || !importedFrom(factory.getCallee(), module, ROUTERS, Set.of("createFileRoute"))) {
      return Optional.empty();
    }
    return Optional.of(Ast.unwrap(factory.getArgs().get(0).getExpr()) instanceof Swc4jAstStr s ? s.getValue() : module.relativePath());
  }

  /** One route entry per verb of the options' {@code server.handlers} object. */
  private static void serverHandlers(Swc4jAstCallExpr route, String path, SourceModule module, EntryScope scope) {
    Optional<ISwc4jAst> handlers = property(route.getArgs().get(0).getExpr(), "server").flatMap(s -> property(s, "handlers"));
    if (handlers.isEmpty() || !(Ast.unwrap(handlers.get()) instanceof Swc4jAstObjectLit object)) {
      return;
    }
    for (ISwc4jAst prop : object.getProps()) {
      Optional<String> verb = prop instanceof Swc4jAstMethodProp m ? Ast.name(m.getKey())
          : prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey()) : Optional.empty();
      if (verb.filter(VERBS::contains).isEmpty()) {
        continue;
      }
      Optional<FunctionUnit> unit = prop instanceof Swc4jAstMethodProp ? module.unitAt(prop)
          : scope.functionValue(((Swc4jAstKeyValueProp) prop).getValue(), module.topLevel());
      unit.ifPresent(u -> scope.add(EntryKind.ROUTE, verb.get() + " " + path, module, prop, u));
    }
  }

  /** The value of property {@code name} of an object literal. */
  private static Optional<ISwc4jAst> property(ISwc4jAst object, String name) {
    if (!(Ast.unwrap(object) instanceof Swc4jAstObjectLit o)) {
      return Optional.empty();
    }
    return o.getProps().stream().filter(p -> p instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(name::equals).isPresent())
        .map(p -> (ISwc4jAst) ((Swc4jAstKeyValueProp) p).getValue()).findFirst();
  }

  /** {@code <builder>.handler(fn)} where the builder chain starts at {@code createServerFn(...)}, also through a variable. */
  private static boolean isServerFunction(Swc4jAstCallExpr call, SourceModule module) {
    if (call.getArgs().size() != 1 || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)
        || Ast.propName(m).filter("handler"::equals).isEmpty()) {
      return false;
    }
    ISwc4jAst link = Ast.unwrap(m.getObj());
    for (int i = 0; i < MAX_CHAIN; i++) {
      if (link instanceof Swc4jAstCallExpr c && importedFrom(c.getCallee(), module, PACKAGES, Set.of("createServerFn"))) {
        return true;
      }
      if (link instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr inner) {
        link = Ast.unwrap(inner.getObj());
      } else if (link instanceof Swc4jAstIdent id) {
        Optional<ISwc4jAst> init = module.topLevel().wholeVariable(id.getSym()).map(v -> Ast.unwrap(v.init()));
        if (init.isEmpty()) {
          return false;
        }
        link = init.get();
      } else {
        return false;
      }
    }
    return false;
  }

  /** True when {@code callee} is a name imported from one of {@code packages} as one of {@code names}. */
  private static boolean importedFrom(ISwc4jAst callee, SourceModule module, Set<String> packages, Set<String> names) {
    return Ast.unwrap(callee) instanceof Swc4jAstIdent id && module.topLevel().lookup(id.getSym()).orElse(null) instanceof Declaration.Import i
        && packages.contains(i.specifier()) && names.contains(i.imported());
  }
}
