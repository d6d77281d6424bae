package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Astro actions: {@code defineAction({ input, handler })} from {@code astro:actions}, exported through
 * {@code src/actions/index.ts} as {@code export const server = { submit: defineAction(...) }}. Astro serves each one at
 * {@code /_actions/<name>} to any client (a form post or the generated client call), so each {@code handler} is a route
 * entry of the app (https://docs.astro.build/en/guides/actions/). The action's name is the property it is stored under
 * when the call is written there, else the handler's place. A handler refuses its caller the Astro way by throwing
 * {@code new ActionError({ code: "UNAUTHORIZED" })} (or {@code FORBIDDEN}, {@code TOO_MANY_REQUESTS}): a check of the caller.
 */
final class AstroActions implements Convention {
  private static final String MODULE = "astro:actions";
  private static final List<String> APP_FOLDERS = List.of("src/actions");
  private static final Set<String> REFUSALS = Set.of("UNAUTHORIZED", "FORBIDDEN", "TOO_MANY_REQUESTS");
  /** Per module, computed once: the functions whose own code constructs a refusing {@code ActionError}. */
  private static final Object REFUSING = new Object();

  @Override
  public List<String> frameworkFolders(SourceModule module) {
    return module.imports().stream().anyMatch(s -> s.startsWith("@astrojs/cloudflare/")) ? APP_FOLDERS : List.of();
  }

  @Override
  public void entries(SourceModule module, EntryScope scope) {
    if (!module.imports().contains(MODULE)) {
      return;
    }
    for (Swc4jAstCallExpr call : module.calls()) {
      FunctionUnit holder = module.unitHolding(call);
      if (isDefineAction(call, holder) && Ast.unwrap(call.getArgs().get(0).getExpr()) instanceof Swc4jAstObjectLit options) {
        Ast.keyValue(options, "handler").flatMap(h -> scope.functionValue(h, holder))
            .ifPresent(u -> scope.add(EntryKind.ROUTE, "action " + name(call, module), module, u.node(), u));
      }
    }
  }

  @Override
  public boolean guards(FunctionUnit unit, Evaluator evaluator) {
    return unit.module().imports().contains(MODULE) && unit.module().derived(REFUSING, AstroActions::refusing).contains(unit);
  }

  private static Set<FunctionUnit> refusing(SourceModule module) {
    Set<FunctionUnit> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (FunctionUnit unit : module.units()) {
      if (unit.ownNodes().stream().anyMatch(n -> refusal(n, unit))) {
        out.add(unit);
      }
    }
    return out;
  }

  /** {@code new ActionError({ code: "UNAUTHORIZED", ... })} with the class imported from {@code astro:actions}. */
  private static boolean refusal(ISwc4jAst node, FunctionUnit unit) {
    if (!(node instanceof Swc4jAstNewExpr created) || !(Ast.unwrap(created.getCallee()) instanceof Swc4jAstIdent id)
        || !(unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import i) || !i.specifier().equals(MODULE)
        || !i.imported().equals("ActionError")) {
      return false;
    }
    return created.getArgs().filter(args -> !args.isEmpty()).map(args -> Ast.unwrap(args.get(0).getExpr()))
        .filter(Swc4jAstObjectLit.class::isInstance).flatMap(o -> Ast.keyValue((Swc4jAstObjectLit) o, "code"))
        .map(Ast::unwrap).filter(c -> c instanceof Swc4jAstStr str && REFUSALS.contains(str.getValue())).isPresent();
  }

  /** {@code defineAction(...)} with the name imported from {@code astro:actions} (under any local alias). */
  private static boolean isDefineAction(Swc4jAstCallExpr call, FunctionUnit unit) {
    return !call.getArgs().isEmpty() && Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent id
        && unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import i
        && i.specifier().equals(MODULE) && i.imported().equals("defineAction");
  }

  /** The key the action is stored under ({@code submit: defineAction(...)}), else the file and line of the call. */
  private static String name(Swc4jAstCallExpr call, SourceModule module) {
    if (call.getParent() instanceof Swc4jAstKeyValueProp kv && kv.getValue() == call) {
      Optional<String> key = Ast.name(kv.getKey());
      if (key.isPresent()) {
        return key.get();
      }
    }
    return Ast.location(module.topLevel(), call).toString();
  }
}
