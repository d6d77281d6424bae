package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import dev.cfscale.facts.config.BindingType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Infers the type of bindings a Worker without config uses (bindings set in the dashboard), from calls only one
 * binding type has: {@code env.DB.prepare(sql)} is D1, {@code env.LINKS.getWithMetadata(k)} or a put with
 * {@code expirationTtl} is KV, {@code head(k)} or a put with {@code httpMetadata} is R2, {@code idFromName} is a
 * Durable Object namespace, {@code sendBatch} a queue, {@code run("@cf/...")} Workers AI. A plain {@code get(k)} or
 * {@code list()} (KV and R2 alike) says nothing; a name with evidence for two types stays unknown. Precision first:
 * code rules only act on a binding whose type is known.
 */
final class BindingInference {
  private static final Set<String> KV_GET_TYPES = Set.of("json", "text", "arrayBuffer", "stream");
  private static final Set<String> KV_PUT_OPTIONS = Set.of("expirationTtl", "expiration", "metadata");
  private static final Set<String> KV_GET_OPTIONS = Set.of("type", "cacheTtl");
  private static final Set<String> R2_PUT_OPTIONS = Set.of("httpMetadata", "customMetadata", "md5", "sha1", "sha256", "sha384",
      "sha512", "storageClass", "onlyIf", "ssecKey");
  private static final Set<String> R2_GET_OPTIONS = Set.of("onlyIf", "range", "ssecKey");
  /** Identifiers a service-worker script reads as globals that are never bindings. */
  private static final java.util.regex.Pattern GLOBAL_BINDING = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Set<String> RUNTIME_GLOBALS = Set.of("caches", "crypto", "console", "JSON", "Math", "Object", "Array", "Promise",
      "Response", "Request", "Headers", "URL", "self", "globalThis", "event", "navigator", "performance", "scheduler", "Date", "Reflect");

  private BindingInference() {}

  /**
   * What a name whose type is not known yet stands for while {@link #withUsed} follows the code: a binding of a type no
   * operation is recorded for, so the values flow like bindings and nothing is reported about them.
   */
  static final BindingType UNTYPED = BindingType.UNSAFE;

  /**
   * {@code known} plus, for names {@code known} does not have, the types the code's env type declares
   * ({@link DeclaredBindings}) and then those its calls on {@code env.X} imply, unambiguously.
   */
  static Map<String, BindingType> withInferred(Map<String, BindingType> known, List<SourceModule> modules) {
    Map<String, BindingType> declared = new LinkedHashMap<>(known);
    DeclaredBindings.of(modules).forEach(declared::putIfAbsent);
    Map<String, Set<BindingType>> evidence = new HashMap<>();
    for (SourceModule module : modules) {
      for (Swc4jAstCallExpr call : module.calls()) {
        if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) {
          bindingName(Ast.unwrap(m.getObj()), module).filter(n -> !declared.containsKey(n)).ifPresent(n -> evidence(evidence, n, m, call));
        }
      }
    }
    return decided(declared, evidence);
  }

  /**
   * {@code known} plus the types implied by calls whose receiver the code's flow makes an untyped binding:
   * {@code bucket.head(path)} where {@code bucket} is what a helper returned from {@code env["BUCKET"]}, or a
   * handler's destructured parameter. {@code evaluator} reads a project that answers {@link #UNTYPED} for names not known.
   */
  static Map<String, BindingType> withUsed(Map<String, BindingType> known, List<SourceModule> modules, Evaluator evaluator) {
    Map<String, Set<BindingType>> evidence = new HashMap<>();
    for (SourceModule module : modules) {
      for (FunctionUnit unit : module.units()) {
        for (ISwc4jAst node : unit.ownNodes()) {
          if (node instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m
              && evaluator.eval(m.getObj(), unit) instanceof Value.Binding b && b.type() == UNTYPED && !known.containsKey(b.name())) {
            evidence(evidence, b.name(), m, call);
          }
        }
      }
    }
    return decided(known, evidence);
  }

  /** Whether {@code name} may stand for an untyped binding while following the code: conventionally upper case. */
  static boolean mayBeBinding(String name) {
    return GLOBAL_BINDING.matcher(name).matches() && !RUNTIME_GLOBALS.contains(name);
  }

  private static void evidence(Map<String, Set<BindingType>> evidence, String name, Swc4jAstMemberExpr m, Swc4jAstCallExpr call) {
    Optional<String> method = Ast.propName(m);
    List<ISwc4jAst> args = call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList();
    method.flatMap(x -> type(x, args)).ifPresent(t -> evidence.computeIfAbsent(name, k -> EnumSet.noneOf(BindingType.class)).add(t));
  }

  /** {@code known} plus each name whose evidence points to one type only. */
  private static Map<String, BindingType> decided(Map<String, BindingType> known, Map<String, Set<BindingType>> evidence) {
    Map<String, BindingType> out = new LinkedHashMap<>(known);
    evidence.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      if (e.getValue().size() == 1) {
        out.putIfAbsent(e.getKey(), e.getValue().iterator().next());
      }
    });
    return out;
  }

  /** {@code env.X}, {@code c.env.X}, {@code this.env.X}, {@code context.env.X}, or a global {@code X} in a service-worker script. */
  private static Optional<String> bindingName(ISwc4jAst receiver, SourceModule module) {
    if (receiver instanceof Swc4jAstMemberExpr m) {
      ISwc4jAst owner = Ast.unwrap(m.getObj());
      boolean env = owner instanceof Swc4jAstIdent i && i.getSym().equals("env")
          || owner instanceof Swc4jAstMemberExpr om && Ast.propName(om).filter("env"::equals).isPresent()
              && !(Ast.unwrap(om.getObj()) instanceof Swc4jAstIdent p && p.getSym().equals("process"));
      return env ? Ast.propName(m) : Optional.empty();
    }
    // service-worker scripts read bindings as globals, conventionally upper case (LINKS.put(...))
    if (receiver instanceof Swc4jAstIdent id && mayBeBinding(id.getSym())
        && module.topLevel().lookup(id.getSym()).isEmpty() && module.source().contains("addEventListener")) {
      return Optional.of(id.getSym());
    }
    return Optional.empty();
  }

  /** The one binding type a call of {@code method} with these arguments implies, if any. */
  private static Optional<BindingType> type(String method, List<ISwc4jAst> args) {
    switch (method) {
      case "prepare":
        return args.isEmpty() ? Optional.empty() : Optional.of(BindingType.D1_DATABASE);
      case "batch":
        return !args.isEmpty() && Ast.unwrap(args.get(0)) instanceof Swc4jAstArrayLit ? Optional.of(BindingType.D1_DATABASE) : Optional.empty();
      case "getWithMetadata":
        return Optional.of(BindingType.KV_NAMESPACE);
      case "head":
      case "createMultipartUpload":
      case "resumeMultipartUpload":
        return Optional.of(BindingType.R2_BUCKET);
      case "idFromName":
      case "idFromString":
      case "newUniqueId":
      case "getByName":
        return Optional.of(BindingType.DURABLE_OBJECT);
      case "sendBatch":
        return Optional.of(BindingType.QUEUE_PRODUCER);
      case "writeDataPoint":
        return Optional.of(BindingType.ANALYTICS_ENGINE);
      case "run":
        return !args.isEmpty() && text(args.get(0)).filter(t -> t.startsWith("@cf/") || t.startsWith("@hf/")).isPresent()
            ? Optional.of(BindingType.AI) : Optional.empty();
      case "put":
        return args.size() >= 3 ? optionsType(args.get(2), KV_PUT_OPTIONS, R2_PUT_OPTIONS) : Optional.empty();
      case "get":
        if (args.size() >= 2 && text(args.get(1)).filter(KV_GET_TYPES::contains).isPresent()) {
          return Optional.of(BindingType.KV_NAMESPACE);
        }
        return args.size() >= 2 ? optionsType(args.get(1), KV_GET_OPTIONS, R2_GET_OPTIONS) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** KV or R2 by the option keys of an object literal, when they belong to one of them only. */
  private static Optional<BindingType> optionsType(ISwc4jAst arg, Set<String> kvKeys, Set<String> r2Keys) {
    if (!(Ast.unwrap(arg) instanceof Swc4jAstObjectLit o)) {
      return Optional.empty();
    }
    boolean kv = false;
    boolean r2 = false;
    for (ISwc4jAst prop : o.getProps()) {
      Optional<String> key = prop instanceof Swc4jAstKeyValueProp kvp ? Ast.name(kvp.getKey())
          : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
      kv |= key.filter(kvKeys::contains).isPresent();
      r2 |= key.filter(r2Keys::contains).isPresent();
    }
    return kv == r2 ? Optional.empty() : Optional.of(kv ? BindingType.KV_NAMESPACE : BindingType.R2_BUCKET);
  }

  private static Optional<String> text(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    if (n instanceof Swc4jAstTpl t && t.getExprs().isEmpty() && t.getQuasis().size() == 1) {
      return Optional.of(t.getQuasis().get(0).getRaw());
    }
    return Optional.empty();
  }
}
