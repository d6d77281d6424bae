package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.EntryScope;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.FixedInstance;
import dev.cfscale.facts.config.BindingType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the Agents SDK and PartyServer share: a helper that addresses one instance by name
 * ({@code getAgentByName(env.Chat, name)}, {@code getServerByName(...)}), and browser hooks that connect to
 * {@code /<kebab-case binding>/<name>} ({@code useAgent({ agent: "chat", name })},
 * {@code usePartySocket({ party: "chat", room })}, and the same options given to the clients for code without React,
 * {@code new AgentClient({...})} and {@code new PartySocket({...})}).
 */
final class NamedInstances {
  private NamedInstances() {}

  /** {@code getAgentByName(env.X, name)} for a helper in {@code helpers}: the stub, named by the second argument. */
  static Optional<Value.DurableObjectStub> byNameHelper(ISwc4jAst node, FunctionUnit unit, Set<String> helpers, Evaluator evaluator) {
    if (!(node instanceof Swc4jAstCallExpr call) || call.getArgs().size() < 2
        || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent id) || !helpers.contains(id.getSym())
        || !(unit.lookup(id.getSym()).orElse(null) instanceof Declaration.Import)) {
      return Optional.empty();
    }
    if (evaluator.eval(call.getArgs().get(0).getExpr(), unit) instanceof Value.Binding b && b.type() == BindingType.DURABLE_OBJECT) {
      return Optional.of(new Value.DurableObjectStub(b, evaluator.keyOf(call.getArgs().get(1).getExpr(), unit)));
    }
    return Optional.empty();
  }

  /** Records the helper call as the {@code getByName} it performs, so rules see which instance it picks. */
  static void recordByNameHelper(ISwc4jAst node, FunctionUnit unit, Set<String> helpers, OperationScope scope) {
    byNameHelper(node, unit, helpers, scope.evaluator()).ifPresent(stub ->
        scope.record(unit, node, Optional.of(stub.namespace()), "getByName", stub.name(), CallOptions.NONE));
  }

  /** A browser hook and the options that pick the class and the instance. */
  record Hook(String function, String classOption, String nameOption, Optional<String> defaultName, String sdk) {}

  /** A comment that marks a value as a placeholder to replace ({@code // replace with your own document name}). */
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
      "\\b(replace|your own|change (this|me|it)|placeholder)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * True when a module holding one of the Worker's front doors (its fetch handler, routes) calls one of {@code routers}: the SDK's router
   * then sends a hook's {@code /<class>/<name>} to the instance named, as the hook asks (a custom router, or
   * a library wrapping the SDK's, may shard instead).
   */
  static boolean workerRoutes(EntryScope scope, Class<?> sdk, Set<String> routers) {
    return scope.once(sdk, () -> scope.frontDoorModules().stream().anyMatch(m -> callsAny(m, routers)));
  }

  /**
   * Records each call of {@code hook} in browser code whose instance name is fixed: written as a constant,
   * or left out where the SDK then uses its default. The class is the binding whose kebab-case name the
   * class option gives; a hook for a class this Worker does not bind is left alone.
   */
  static void browserHook(SourceModule module, EntryScope scope, Hook hook) {
    if (!(module.topLevel().lookup(hook.function()).orElse(null) instanceof Declaration.Import)) {
      return;
    }
    for (ISwc4jAst call : uses(module, hook.function())) {
      if (!(firstArgument(call).map(Ast::unwrap).orElse(null) instanceof Swc4jAstObjectLit options)) {
        continue;
      }
      Optional<String> className = option(options, hook.classOption()).flatMap(v -> text(v, module, scope))
          .flatMap(kebab -> scope.project().durableObjectClassNamed(name -> kebabCase(name).equals(kebabCase(kebab))));
      if (className.isEmpty()) {
        continue;
      }
      String what = (call instanceof Swc4jAstNewExpr ? "new " : "") + hook.function();
      Optional<ISwc4jAst> nameValue = option(options, hook.nameOption());
      if (nameValue.isEmpty() && hook.defaultName().isPresent()) {
        scope.fixedInstance(module, call, what + " without " + hook.nameOption() + " connects every visitor to the instance \""
            + hook.defaultName().get() + "\" (" + hook.sdk() + "'s default)", className.get(), hook.defaultName().get(), FixedInstance.Origin.BROWSER);
      } else if (nameValue.isPresent()) {
        ISwc4jAst at = nameValue.get();
        if (PLACEHOLDER.matcher(scope.trailingComment(module, at)).find()) {
          continue; // the code says the name is a placeholder for the user's own
        }
        text(at, module, scope).ifPresent(name -> scope.fixedInstance(module, at.getParent(), what + " with the fixed "
            + hook.nameOption() + " \"" + name + "\" connects every visitor to that instance", className.get(), name,
            FixedInstance.Origin.BROWSER));
      }
    }
  }

  /**
   * The calls of {@code function} ({@code useAgent({...})}) and the constructions of it ({@code new PartySocket({...})},
   * {@code new AgentClient({...})}: the clients for code without React), in source order of each kind.
   */
  private static java.util.List<ISwc4jAst> uses(SourceModule module, String function) {
    java.util.List<ISwc4jAst> out = new java.util.ArrayList<>();
    module.calls().stream().filter(c -> Ast.unwrap(c.getCallee()) instanceof Swc4jAstIdent id && id.getSym().equals(function)).forEach(out::add);
    module.units().forEach(u -> u.ownNodes().stream().filter(n -> n instanceof Swc4jAstNewExpr created
        && Ast.unwrap(created.getCallee()) instanceof Swc4jAstIdent id && id.getSym().equals(function)).forEach(out::add));
    return out;
  }

  private static Optional<ISwc4jAst> firstArgument(ISwc4jAst use) {
    java.util.List<com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread> args = use instanceof Swc4jAstCallExpr call ? call.getArgs()
        : ((Swc4jAstNewExpr) use).getArgs().orElse(java.util.List.of());
    return args.isEmpty() ? Optional.empty() : Optional.of(args.get(0).getExpr());
  }

  private static Optional<ISwc4jAst> option(Swc4jAstObjectLit options, String key) {
    for (ISwc4jAst prop : options.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(key::equals).isPresent()) {
        return Optional.of(kv.getValue());
      }
      if (prop instanceof Swc4jAstIdent shorthand && shorthand.getSym().equals(key)) {
        return Optional.of(shorthand);
      }
    }
    return Optional.empty();
  }

  /** A constant string: a literal, or a module-level constant (names inside components are left unknown). */
  private static Optional<String> text(ISwc4jAst value, SourceModule module, EntryScope scope) {
    return scope.evaluator().eval(value, module.topLevel()) instanceof Value.Text t ? Optional.of(t.text()) : Optional.empty();
  }

  /**
   * The SDKs' camelCaseToKebabCase: {@code TicTacToe} -> {@code tic-tac-toe}, {@code CHAT} -> {@code chat},
   * underscores become dashes.
   */
  static String kebabCase(String name) {
    if (name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))) {
      return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
    StringBuilder out = new StringBuilder();
    for (char ch : name.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        out.append('-').append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    String k = out.toString().replace('_', '-');
    k = k.startsWith("-") ? k.substring(1) : k;
    return k.endsWith("-") ? k.substring(0, k.length() - 1) : k;
  }

  /** True when {@code module} calls one of {@code routers} (a URL router over every Durable Object binding). */
  static boolean callsAny(SourceModule module, Set<String> routers) {
    return module.calls().stream().anyMatch(c -> Ast.unwrap(c.getCallee()) instanceof Swc4jAstIdent id && routers.contains(id.getSym())
        && module.topLevel().lookup(id.getSym()).orElse(null) instanceof Declaration.Import);
  }
}
