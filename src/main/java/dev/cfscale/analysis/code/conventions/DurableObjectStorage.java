package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.OperationScope;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.code.CallOptions;
import dev.cfscale.facts.code.KeyArg;
import dev.cfscale.facts.config.BindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Durable Object's key-value storage in one of its own methods: {@code this.ctx.storage.put(key, value)},
 * {@code state.storage.delete(key)}, {@code this.storage.setAlarm(t)} (a field holding it), or a local
 * {@code const storage = this.ctx.storage}; also the synchronous key-value API of SQLite-backed objects,
 * {@code this.ctx.storage.kv.put(key, value)} (https://developers.cloudflare.com/durable-objects/api/sqlite-storage-api/#synchronous-kv-api),
 * which keeps the same pairs in the object's SQLite. Recorded as {@code storage.<method>} on the class, with the key and,
 * as written options, the keys of an object literal passed as the value ({@code {data, expiresAt}}), so rules can
 * tell what the object keeps and whether anything ever removes it, and how a put's one value grows ({@link StoredValues}).
 */
final class DurableObjectStorage implements Convention {
  private static final Set<String> METHODS = Set.of("get", "put", "delete", "deleteAll", "list", "setAlarm", "deleteAlarm");

  @Override
  public void operations(ISwc4jAst node, FunctionUnit unit, OperationScope scope) {
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isEmpty() || unit.owner().isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)) {
      return;
    }
    String method = Ast.propName(m).orElse("");
    if (!METHODS.contains(method) || !isStorage(m.getObj(), unit) || scope.evaluator().eval(m.getObj(), unit) instanceof Value.Binding) {
      return;
    }
    List<ISwc4jAst> args = call.get().args();
    KeyArg key = args.isEmpty() || method.endsWith("Alarm") ? KeyArg.NONE
        : entriesKey(method, args).orElseGet(() -> scope.evaluator().keyOf(args.get(0), unit));
    CallOptions options = CallOptions.written(method.equals("put") && args.size() > 1 ? objectKeys(args.get(1)) : List.of());
    if (method.equals("put") && args.size() > 1) {
      Optional<dev.cfscale.facts.code.StoredGrowth> growth = StoredValues.put(args.get(1), unit, scope.evaluator());
      if (growth.isPresent()) {
        options = options.withGrowth(growth.get());
      }
    }
    scope.record(unit, node, Optional.of(new Value.Binding(unit.owner().get().name(), BindingType.DURABLE_OBJECT)), "storage." + method,
        key, options);
  }

  /**
   * {@code storage.put({ warm: list, assignments: map })}: the entries form writes one key per property, the same keys
   * on every call when the object names them all (no computed or spread property).
   */
  private static Optional<KeyArg> entriesKey(String method, List<ISwc4jAst> args) {
    if (!method.equals("put") || args.size() != 1 || !(Ast.unwrap(args.get(0)) instanceof Swc4jAstObjectLit entries)
        || entries.getProps().isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (ISwc4jAst prop : entries.getProps()) {
      Optional<String> name = prop instanceof Swc4jAstKeyValueProp kv && !(kv.getKey()
          instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName) ? Ast.name(kv.getKey())
          : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
      if (name.isEmpty()) {
        return Optional.empty();
      }
      names.add(name.get());
    }
    return Optional.of(new KeyArg(KeyArg.Shape.CONSTANT, "{ " + String.join(", ", names) + " }"));
  }

  /** {@code <anything>.storage} or {@code <anything>.storage.kv}, or a local variable initialised with one. */
  private static boolean isStorage(ISwc4jAst obj, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(obj);
    if (node instanceof Swc4jAstMemberExpr m) {
      return storageMember(m);
    }
    return node instanceof Swc4jAstIdent id && unit.wholeVariable(id.getSym())
        .filter(v -> Ast.unwrap(v.init()) instanceof Swc4jAstMemberExpr init && storageMember(init))
        .isPresent();
  }

  /** {@code x.storage}, or its synchronous key-value view {@code x.storage.kv}. */
  private static boolean storageMember(Swc4jAstMemberExpr m) {
    String prop = Ast.propName(m).orElse("");
    return prop.equals("storage") || prop.equals("kv") && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr owner
        && Ast.propName(owner).filter("storage"::equals).isPresent();
  }

  /** The property names of an object literal written as the stored value. */
  private static List<String> objectKeys(ISwc4jAst value) {
    List<String> out = new ArrayList<>();
    if (Ast.unwrap(value) instanceof Swc4jAstObjectLit o) {
      for (ISwc4jAst prop : o.getProps()) {
        if (prop instanceof Swc4jAstKeyValueProp kv) {
          Ast.name(kv.getKey()).ifPresent(out::add);
        } else if (prop instanceof Swc4jAstIdent shorthand) {
          out.add(shorthand.getSym());
        }
      }
    }
    return out;
  }
}
