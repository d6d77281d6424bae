package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstOptChainExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstOptCall;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstTplElement;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates expressions to {@link Value}s: which binding {@code env.DB}, {@code c.env.DB}, {@code db}
 * or {@code this.db} is, following declarations, destructuring, parameters seeded at call sites,
 * imports and class fields. Flow-insensitive and conservative: when unsure it answers UNKNOWN.
 */
final class Evaluator {
  private static final int MAX_DEPTH = 40;
  private static final Set<String> REQUEST_NAMES = Set.of("request", "req", "r", "raw");
  private final Project project;

  Evaluator(Project project) {
    this.project = project;
  }

  private final java.util.Map<ISwc4jAst, Value> memo = new java.util.IdentityHashMap<>();
  private int spreadDepth;

  /** The value of {@code node}; memoized per node, since seeds only change between collection rounds. */
  Value eval(ISwc4jAst node, FunctionUnit unit) {
    if (node == null) {
      return Value.UNKNOWN;
    }
    Value cached = memo.get(node);
    if (cached == null) {
      memo.put(node, Value.UNKNOWN); // a cycle (const a = {...b}, b = {...a}) reads as unknown instead of recursing
      cached = eval(node, unit, 0);
      memo.put(node, cached);
    }
    return cached;
  }

  private Value eval(ISwc4jAst raw, FunctionUnit unit, int depth) {
    if (raw == null || depth > MAX_DEPTH) {
      return Value.UNKNOWN;
    }
    ISwc4jAst node = Ast.unwrap(raw);
    if (node instanceof Swc4jAstAwaitExpr a) {
      return eval(a.getArg(), unit, depth + 1);
    }
    if (node instanceof Swc4jAstIdent id) {
      return identifier(id.getSym(), unit, depth);
    }
    if (node instanceof Swc4jAstBindingIdent b) {
      return identifier(b.getId().getSym(), unit, depth);
    }
    if (node instanceof Swc4jAstMemberExpr m) {
      return member(m, unit, depth);
    }
    if (node instanceof Swc4jAstOptChainExpr o) {
      return eval(o.getBase(), unit, depth + 1);
    }
    if (node instanceof Swc4jAstCallExpr call) {
      return call(call.getCallee(), call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList(), unit, depth);
    }
    if (node instanceof Swc4jAstOptCall call) {
      return call(call.getCallee(), call.getArgs().stream().map(a -> (ISwc4jAst) a.getExpr()).toList(), unit, depth);
    }
    if (node instanceof Swc4jAstNewExpr n) {
      return construct(n, unit, depth);
    }
    if (node instanceof Swc4jAstStr s) {
      return new Value.Text(s.getValue());
    }
    if (node instanceof Swc4jAstTpl t && t.getExprs().isEmpty()) {
      return new Value.Text(t.getQuasis().stream().map(Swc4jAstTplElement::getRaw).reduce("", String::concat));
    }
    if (node instanceof Swc4jAstArrowExpr || node instanceof Swc4jAstFnExpr) {
      return unitOf(node, unit).<Value>map(Value.Function::new).orElse(Value.UNKNOWN);
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit o) {
      return new Value.ObjectLiteral(o, unit);
    }
    if (node instanceof Swc4jAstCondExpr c) {
      return either(eval(c.getCons(), unit, depth + 1), eval(c.getAlt(), unit, depth + 1));
    }
    if (node instanceof Swc4jAstBinExpr b && Set.of("??", "||").contains(b.getOp().getName())) {
      return either(eval(b.getLeft(), unit, depth + 1), eval(b.getRight(), unit, depth + 1));
    }
    return Value.UNKNOWN;
  }

  /**
   * One of two values ({@code a ?? b}, {@code c ? a : b}): a binding or object on either side is kept
   * ({@code env.DB ?? fallback}), but a string is constant only when both sides are the same string,
   * so {@code header ?? "unknown"} is not mistaken for the constant "unknown".
   */
  private static Value either(Value a, Value b) {
    if (a instanceof Value.Text || b instanceof Value.Text) {
      return a.equals(b) ? a : Value.UNKNOWN;
    }
    return a.known() ? a : b;
  }

  private Value identifier(String name, FunctionUnit unit, int depth) {
    Optional<Declaration> decl = unit.lookup(name);
    if (decl.isEmpty()) {
      // service-worker syntax: bindings are globals
      return name.equals("env") ? Value.ENV : project.bindingType(name).<Value>map(t -> new Value.Binding(name, t)).orElse(Value.UNKNOWN);
    }
    return declaration(decl.get(), depth);
  }

  Value declaration(Declaration decl, int depth) {
    if (decl instanceof Declaration.Variable v) {
      return path(eval(v.init(), v.scope(), depth + 1), v.path());
    }
    if (decl instanceof Declaration.Parameter p) {
      return parameter(p, depth);
    }
    if (decl instanceof Declaration.Function f) {
      return new Value.Function(f.unit());
    }
    if (decl instanceof Declaration.Class c) {
      return Value.UNKNOWN;
    }
    if (decl instanceof Declaration.Import i) {
      return imported(i, depth);
    }
    return Value.UNKNOWN;
  }

  private Value parameter(Declaration.Parameter p, int depth) {
    Optional<Value> seeded = project.seeded(p.unit(), p.index());
    if (seeded.isPresent()) {
      return path(seeded.get(), p.path());
    }
    if (project.isEnvParameter(p.unit(), p.index())) {
      return path(Value.ENV, p.path());
    }
    if (p.path().isEmpty() && p.name().equals("env")) {
      return Value.ENV;
    }
    if (!p.path().isEmpty() && p.path().get(0).equals("env")) {
      return path(Value.ENV, p.path().subList(1, p.path().size()));
    }
    return Value.UNKNOWN;
  }

  /** An imported name: the exported declaration of the imported project module, if it is one. */
  private Value imported(Declaration.Import i, int depth) {
    if (i.specifier().equals("cloudflare:workers") && i.imported().equals("env")) {
      return Value.ENV; // import { env } from "cloudflare:workers"
    }
    Optional<SourceModule> target = project.imported(i.from(), i.specifier());
    if (target.isEmpty()) {
      return Value.UNKNOWN;
    }
    if (i.imported().equals("*")) {
      return new Value.Namespace(target.get());
    }
    String local = target.get().exports().get(i.imported());
    if (local == null) {
      return Value.UNKNOWN;
    }
    return target.get().topLevel().lookup(local).map(d -> declaration(d, depth + 1)).orElse(Value.UNKNOWN);
  }

  private Value member(Swc4jAstMemberExpr m, FunctionUnit unit, int depth) {
    Optional<String> prop = Ast.propName(m);
    if (prop.isEmpty()) {
      return Value.UNKNOWN;
    }
    ISwc4jAst obj = Ast.unwrap(m.getObj());
    if (obj instanceof Swc4jAstThisExpr) {
      return thisMember(prop.get(), unit, depth);
    }
    if (prop.get().equals("sql") && obj instanceof Swc4jAstMemberExpr storage && Ast.propName(storage).filter("storage"::equals).isPresent()) {
      return new Value.DurableObjectSql(unit.owner().map(ClassInfo::name).orElse("DurableObject")); // ctx.storage.sql
    }
    if (prop.get().equals("url") && isRequestLike(obj)) {
      return new Value.RequestUrl();
    }
    if (prop.get().equals("env")) {
      return obj instanceof Swc4jAstIdent i && i.getSym().equals("process") ? Value.UNKNOWN : Value.ENV;
    }
    if (obj instanceof Swc4jAstMemberExpr holder && Ast.propName(holder).filter("var"::equals).isPresent()) {
      return project.contextValue(prop.get()).map(v -> declaration(v, depth + 1)).orElse(Value.UNKNOWN); // c.var.db
    }
    return member(eval(obj, unit, depth + 1), prop.get());
  }

  private Value thisMember(String prop, FunctionUnit unit, int depth) {
    if (prop.equals("env")) {
      return Value.ENV;
    }
    Optional<ClassInfo> owner = unit.owner();
    if (owner.isEmpty()) {
      return Value.UNKNOWN;
    }
    Optional<Declaration.Variable> field = owner.get().field(prop);
    if (field.isPresent()) {
      return declaration(field.get(), depth);
    }
    FunctionUnit method = owner.get().methods().get(prop);
    return method == null ? Value.UNKNOWN : new Value.Function(method);
  }

  /** {@code value.prop}: env -> binding, instance -> method or field, request URL stays a URL. */
  Value member(Value value, String prop) {
    if (value instanceof Value.Env) {
      return project.bindingType(prop).<Value>map(t -> new Value.Binding(prop, t)).orElse(Value.UNKNOWN);
    }
    if (value instanceof Value.Namespace ns) {
      String local = ns.module().exports().get(prop);
      return local == null ? Value.UNKNOWN : ns.module().topLevel().lookup(local).map(d -> declaration(d, 1)).orElse(Value.UNKNOWN);
    }
    if (value instanceof Value.ObjectLiteral o) {
      return property(o, prop);
    }
    if (value instanceof Value.RequestUrl && Set.of("href", "toString").contains(prop)) {
      return value;
    }
    if (value instanceof Value.Instance inst) {
      Optional<ClassInfo> c = project.classNamed(inst.className());
      if (c.isPresent()) {
        FunctionUnit method = c.get().methods().get(prop);
        return method != null ? new Value.Function(method) : c.get().field(prop).map(f -> declaration(f, 1)).orElse(Value.UNKNOWN);
      }
    }
    return Value.UNKNOWN;
  }

  /**
   * A property of an object literal: {@code key: value}, shorthand {@code key}, or, when not written
   * out, whatever a spread ({@code ...env}) provides, the last spread first as in JavaScript.
   */
  private Value property(Value.ObjectLiteral o, String prop) {
    if (spreadDepth > MAX_DEPTH) {
      return Value.UNKNOWN; // spreads that cycle (a = {...b}, b = {...a})
    }
    spreadDepth++;
    try {
      return writtenOrSpread(o, prop);
    } finally {
      spreadDepth--;
    }
  }

  private Value writtenOrSpread(Value.ObjectLiteral o, String prop) {
    List<ISwc4jAst> props = List.copyOf(o.node().getProps());
    for (int i = props.size() - 1; i >= 0; i--) {
      ISwc4jAst p = props.get(i);
      if (p instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(prop::equals).isPresent()) {
        return eval(kv.getValue(), o.scope());
      }
      if (p instanceof Swc4jAstIdent shorthand && shorthand.getSym().equals(prop)) {
        return eval(shorthand, o.scope());
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstSpreadElement spread) {
        Value fromSpread = member(eval(spread.getExpr(), o.scope()), prop);
        if (fromSpread.known()) {
          return fromSpread;
        }
      }
    }
    return Value.UNKNOWN;
  }

  private Value path(Value base, List<String> path) {
    Value v = base;
    for (String p : path) {
      v = p.equals("env") ? Value.ENV : member(v, p);
    }
    return v;
  }

  /** What a call returns when the callee is a known API; UNKNOWN otherwise. */
  private Value call(ISwc4jAst calleeNode, List<ISwc4jAst> args, FunctionUnit unit, int depth) {
    ISwc4jAst callee = Ast.unwrap(calleeNode);
    Optional<ISwc4jAst> first = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
    if (callee instanceof Swc4jAstIdent id) {
      Value arg = first.map(a -> eval(a, unit, depth + 1)).orElse(Value.UNKNOWN);
      if (id.getSym().toLowerCase(Locale.ROOT).contains("drizzle") && arg instanceof Value.Binding b && b.type() == BindingType.D1_DATABASE) {
        return new Value.Orm(b);
      }
      Value fn = identifier(id.getSym(), unit, depth);
      return fn instanceof Value.Function f ? returnValue(f.unit(), depth) : Value.UNKNOWN;
    }
    if (!(callee instanceof Swc4jAstMemberExpr m)) {
      return Value.UNKNOWN;
    }
    String method = Ast.propName(m).orElse("");
    if (method.equals("get") && args.size() == 1 && Ast.unwrap(args.get(0)) instanceof Swc4jAstStr key) {
      Optional<Declaration.Variable> stored = project.contextValue(key.getValue());
      if (stored.isPresent()) {
        return declaration(stored.get(), depth + 1); // c.get("db") after c.set("db", ...)
      }
    }
    Value target = eval(m.getObj(), unit, depth + 1);
    if (target instanceof Value.Function f) {
      return returnValue(f.unit(), depth);
    }
    if (target instanceof Value.Binding b) {
      return BindingCalls.result(b, method, first, unit, this);
    }
    if (target instanceof Value.Statement s && method.equals("bind")) {
      return s;
    }
    if (target instanceof Value.DurableObjectId id && method.equals("toString")) {
      return Value.UNKNOWN;
    }
    if (target instanceof Value.RequestUrl && method.equals("toString")) {
      return target;
    }
    return Value.UNKNOWN;
  }

  /** What a project function returns: the first return expression that evaluates to something known. */
  private Value returnValue(FunctionUnit fn, int depth) {
    if (depth > MAX_DEPTH / 2) {
      return Value.UNKNOWN;
    }
    for (ISwc4jAst expression : fn.returned()) {
      Value v = eval(expression, fn, depth + 4);
      if (v.known() && !(v instanceof Value.Text)) {
        return v;
      }
    }
    return Value.UNKNOWN;
  }

  private Value construct(Swc4jAstNewExpr n, FunctionUnit unit, int depth) {
    Optional<String> name = Ast.identifier(n.getCallee());
    List<ISwc4jAst> args = n.getArgs().map(a -> a.stream().map(x -> (ISwc4jAst) x.getExpr()).toList()).orElse(List.of());
    if (name.isPresent() && name.get().equals("URL") && !args.isEmpty() && eval(args.get(0), unit, depth + 1) instanceof Value.RequestUrl) {
      return new Value.RequestUrl();
    }
    if (name.isPresent()) {
      Optional<Declaration> decl = unit.lookup(name.get());
      if (decl.isPresent() && decl.get() instanceof Declaration.Class c) {
        return new Value.Instance(c.info().name());
      }
      if (decl.isPresent() && decl.get() instanceof Declaration.Import i) {
        return new Value.Instance(i.imported().equals("default") ? name.get() : i.imported());
      }
    }
    return Value.UNKNOWN;
  }

  /** The unit created for a function expression node. */
  Optional<FunctionUnit> unitOf(ISwc4jAst node, FunctionUnit context) {
    return context.module().unitAt(node);
  }

  private static boolean isRequestLike(ISwc4jAst obj) {
    if (obj instanceof Swc4jAstIdent i) {
      return REQUEST_NAMES.contains(i.getSym());
    }
    return obj instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(p -> p.equals("req") || p.equals("request")).isPresent();
  }
}
