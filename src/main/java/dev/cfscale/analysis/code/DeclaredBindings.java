package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsInterfaceDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTsTypeAliasDecl;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsPropertySignature;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeLit;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeRef;
import dev.cfscale.facts.config.BindingType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bindings a Worker's TypeScript declares for its env: {@code interface Env { BUCKET: R2Bucket }}, a type alias
 * named like one ({@code type Bindings = { KV: KVNamespace }}), or the type argument of a Pages handler
 * ({@code PagesFunction<{ DB: D1Database }>}). The type names are those of {@code @cloudflare/workers-types}.
 */
final class DeclaredBindings {
  /** workers-types' name of each binding type whose use code rules read (https://developers.cloudflare.com/workers/languages/typescript/). */
  private static final Map<String, BindingType> TYPES = Map.of("R2Bucket", BindingType.R2_BUCKET, "KVNamespace", BindingType.KV_NAMESPACE,
      "D1Database", BindingType.D1_DATABASE, "Queue", BindingType.QUEUE_PRODUCER, "DurableObjectNamespace", BindingType.DURABLE_OBJECT);
  private static final Set<String> HANDLER_TYPES = Set.of("PagesFunction", "EventContext");

  private DeclaredBindings() {}

  /** Name -> type of every env member a module declares with one of those types (the first declaration of a name wins). */
  static Map<String, BindingType> of(List<SourceModule> modules) {
    Map<String, BindingType> out = new java.util.LinkedHashMap<>();
    for (SourceModule module : modules) {
      Deque<ISwc4jAst> pending = new ArrayDeque<>(List.of(module.program()));
      while (!pending.isEmpty()) {
        ISwc4jAst node = pending.pop();
        envMembers(node).forEach(member -> declared(member).ifPresent(d -> out.putIfAbsent(d.getKey(), d.getValue())));
        pending.addAll(node.getChildNodes());
      }
    }
    return out;
  }

  /** The members of {@code node} when it declares an env type, else none. */
  private static List<? extends ISwc4jAst> envMembers(ISwc4jAst node) {
    if (node instanceof Swc4jAstTsInterfaceDecl i && envName(i.getId().getSym())) {
      return i.getBody().getBody();
    }
    if (node instanceof Swc4jAstTsTypeAliasDecl a && envName(a.getId().getSym()) && a.getTypeAnn() instanceof Swc4jAstTsTypeLit lit) {
      return lit.getMembers();
    }
    if (node instanceof Swc4jAstTsTypeRef ref && Ast.name(ref.getTypeName()).filter(HANDLER_TYPES::contains).isPresent()
        && ref.getTypeParams().isPresent() && !ref.getTypeParams().get().getParams().isEmpty()
        && ref.getTypeParams().get().getParams().get(0) instanceof Swc4jAstTsTypeLit lit) {
      return lit.getMembers();
    }
    return List.of();
  }

  /** {@code Env}, {@code WorkerEnv}, {@code Bindings}, {@code AppBindings}. */
  private static boolean envName(String name) {
    return name.endsWith("Env") || name.endsWith("Bindings");
  }

  /** {@code NAME: R2Bucket} (also {@code Queue<Message>}, {@code DurableObjectNamespace<Room>}). */
  private static Optional<Map.Entry<String, BindingType>> declared(ISwc4jAst member) {
    if (!(member instanceof Swc4jAstTsPropertySignature p) || p.getTypeAnn().isEmpty()
        || !(p.getTypeAnn().get().getTypeAnn() instanceof Swc4jAstTsTypeRef ref)) {
      return Optional.empty();
    }
    Optional<BindingType> type = Ast.name(ref.getTypeName()).map(TYPES::get);
    Optional<String> name = Ast.name(p.getKey());
    return type.isPresent() && name.isPresent() ? Optional.of(Map.entry(name.get(), type.get())) : Optional.empty();
  }
}
