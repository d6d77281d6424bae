package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Project;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * tRPC (https://trpc.io/docs/server/procedures): {@code publicProcedure.input(schema).query(fn)} and {@code .mutation(fn)}
 * are the API a client calls over HTTP (mounted with {@code @hono/trpc-server} or {@code fetchRequestHandler}), so each
 * resolver is a route. Procedures are built from {@code t.procedure} of {@code initTRPC.create()}, usually in another
 * module ({@code export const protectedProcedure = t.procedure.use(isAuthed)}); a middleware in that chain that refuses
 * with {@code new TRPCError({ code: "UNAUTHORIZED" })} (https://trpc.io/docs/server/authorization) guards every
 * procedure built on it, as does a resolver that refuses so itself. What {@code ctx} holds is {@link ContextFactoryValues}'.
 */
final class TrpcProcedures implements Convention {
  private static final Set<String> KINDS = Set.of("query", "mutation", "subscription");
  /** Builder steps between {@code t.procedure} and the resolver; {@code use} adds a middleware. */
  private static final Set<String> STEPS = Set.of("input", "output", "use", "meta", "concat", "unstable_concat");
  private static final Set<String> REFUSALS = Set.of("UNAUTHORIZED", "FORBIDDEN");
  /** How many builder steps and declarations (across modules) a procedure chain is followed through. */
  private static final int MAX_LINKS = 24;

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    for (Swc4jAstCallExpr call : module.calls()) {
      Optional<String> kind = resolverKind(call);
      if (kind.isPresent() && middlewares(memberObject(call), module, scope.project()).isPresent()) {
        scope.functionValue(call.getArgs().get(0).getExpr(), module.unitHolding(call)).ifPresent(u ->
            scope.add(EntryKind.ROUTE, "tRPC " + kind.get() + " " + path(call), module, call, u));
      }
    }
  }

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    Optional<Swc4jAstCallExpr> call = resolverCall(unit);
    if (call.isEmpty()) {
      return false;
    }
    return middlewares(memberObject(call.get()), unit.module(), evaluator.project()).orElse(List.of()).stream()
        .anyMatch(m -> refuses(m.node(), m.module()));
  }

  @Override
  public boolean guards(FunctionUnit unit, Evaluator evaluator) {
    return unit.module().derived(REFUSING_UNITS, TrpcProcedures::refusingUnits).contains(unit);
  }

  /** Per module: the functions whose own code refuses with a {@code TRPCError}, found once per run. */
  private static final Object REFUSING_UNITS = new Object();

  /**
   * The functions of {@code module} whose own code throws tRPC's 401/403. Asked of every function each open entry reaches,
   * in every Worker: one walk of the module first (most have no {@code TRPCError} at all), then one per function.
   */
  private static Set<FunctionUnit> refusingUnits(SourceModule module) {
    if (!Ast.contains(module.program(), TrpcProcedures::isRefusal)) {
      return Set.of();
    }
    Set<FunctionUnit> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    module.units().stream().filter(u -> u.ownCodeHas(u.node(), TrpcProcedures::isRefusal)).forEach(out::add);
    return out;
  }

  /** {@code query}, {@code mutation} or {@code subscription} for {@code <chain>.query(fn)}. */
  private static Optional<String> resolverKind(Swc4jAstCallExpr call) {
    if (call.getArgs().size() != 1 || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    return Ast.propName(m).filter(KINDS::contains);
  }

  private static ISwc4jAst memberObject(Swc4jAstCallExpr call) {
    return ((Swc4jAstMemberExpr) Ast.unwrap(call.getCallee())).getObj();
  }

  /** The {@code .query(fn)} call whose argument is {@code unit}'s function. */
  private static Optional<Swc4jAstCallExpr> resolverCall(FunctionUnit unit) {
    ISwc4jAst p = unit.node().getParent();
    while (p != null && !(p instanceof Swc4jAstCallExpr) && !(p instanceof Swc4jAstKeyValueProp)) {
      p = p.getParent();
    }
    return p instanceof Swc4jAstCallExpr call && resolverKind(call).isPresent()
        && Ast.unwrap(call.getArgs().get(0).getExpr()) == unit.node() ? Optional.of(call) : Optional.empty();
  }

  /** A middleware passed to {@code .use(...)}, with the module it is written in. */
  private record Middleware(ISwc4jAst node, SourceModule module) {}

  /**
   * The middlewares of a procedure chain ending at {@code link}, when it starts at {@code <t>.procedure}: followed through
   * builder steps, variables and imports of the project's modules; empty when it is not a tRPC procedure.
   */
  private static Optional<List<Middleware>> middlewares(ISwc4jAst link, SourceModule module, Project project) {
    List<Middleware> out = new ArrayList<>();
    ISwc4jAst node = Ast.unwrap(link);
    SourceModule in = module;
    for (int i = 0; i < MAX_LINKS; i++) {
      if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("procedure"::equals).isPresent()) {
        return Optional.of(out);
      }
      if (node instanceof Swc4jAstCallExpr c && Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr step
          && Ast.propName(step).filter(STEPS::contains).isPresent()) {
        if (Ast.propName(step).filter("use"::equals).isPresent() && !c.getArgs().isEmpty()) {
          out.add(new Middleware(c.getArgs().get(0).getExpr(), in));
        }
        node = Ast.unwrap(step.getObj());
        continue;
      }
      Optional<Declared> declared = node instanceof Swc4jAstIdent id ? declaration(id.getSym(), in, project) : Optional.empty();
      if (declared.isEmpty()) {
        return Optional.empty();
      }
      node = Ast.unwrap(declared.get().init());
      in = declared.get().module();
    }
    return Optional.empty();
  }

  /** A top-level variable's value and the module declaring it. */
  private record Declared(ISwc4jAst init, SourceModule module) {}

  /** The value {@code name} is declared with in {@code module}, or in the project module it is imported from. */
  private static Optional<Declared> declaration(String name, SourceModule module, Project project) {
    Optional<Declaration> d = module.topLevel().lookup(name);
    Optional<Declaration.Variable> v = d.flatMap(Declaration::wholeVariable);
    if (v.isPresent()) {
      return Optional.of(new Declared(v.get().init(), module));
    }
    if (d.isPresent() && d.get() instanceof Declaration.Import i) {
      Optional<SourceModule> from = project.imported(module, i.specifier());
      Optional<String> local = from.map(f -> f.exports().get(i.imported()));
      return local.flatMap(l -> declaration(l, from.get(), project));
    }
    return Optional.empty();
  }

  /**
   * True when a middleware refuses unauthenticated callers: its function (written inline, held in a variable, or
   * wrapped as {@code t.middleware(fn)}) throws a {@code TRPCError} with code {@code UNAUTHORIZED} or {@code FORBIDDEN},
   * or it is named for a check ({@code isAuthed}, {@code requireUser}).
   */
  private static boolean refuses(ISwc4jAst middleware, SourceModule module) {
    ISwc4jAst node = Ast.unwrap(middleware);
    for (int i = 0; i < MAX_LINKS; i++) {
      if (node instanceof Swc4jAstIdent id) {
        if (RequestAuthChecks.guardName(id.getSym())) {
          return true;
        }
        Optional<Declaration> d = module.topLevel().lookup(id.getSym());
        if (d.isPresent() && d.get() instanceof Declaration.Function f) {
          return Ast.contains(f.unit().node(), TrpcProcedures::isRefusal);
        }
        Optional<Declaration.Variable> v = d.flatMap(Declaration::wholeVariable);
        if (v.isEmpty()) {
          return false;
        }
        node = Ast.unwrap(v.get().init());
        continue;
      }
      return Ast.contains(node, TrpcProcedures::isRefusal);
    }
    return false;
  }

  /** {@code new TRPCError({ code: "UNAUTHORIZED" })} (or {@code FORBIDDEN}): tRPC's 401 and 403. */
  private static boolean isRefusal(ISwc4jAst node) {
    return node instanceof Swc4jAstNewExpr created && Ast.identifier(created.getCallee()).filter("TRPCError"::equals).isPresent()
        && created.getArgs().map(args -> args.stream().anyMatch(a -> Ast.contains(a.getExpr(),
            n -> n instanceof Swc4jAstStr code && REFUSALS.contains(code.getValue())))).orElse(false);
  }

  /** The procedure's place in its router object ({@code /guestbook/create}), from the keys around it in its module. */
  private static String path(Swc4jAstCallExpr call) {
    List<String> keys = new ArrayList<>();
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof Swc4jAstKeyValueProp kv && Ast.unwrap(kv.getValue()) == Ast.unwrap(child)) {
        Ast.name(kv.getKey()).ifPresent(k -> keys.add(0, k));
      }
    }
    return "/" + String.join("/", keys);
  }
}
