package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Evaluator}'s member reads: {@code this.x} (fields and methods of the enclosing class),
 * {@code env.X} (a binding), a namespace import's export, an object literal's property (spreads
 * included, the last one first as in JavaScript), and {@code request.url}.
 */
final class MemberReads {
  private static final Set<String> REQUEST_NAMES = Set.of("request", "req", "r", "raw");
  /** How many superclasses a member is looked up in (a chain deeper than this is not followed further). */
  private static final int MAX_SUPERCLASSES = 8;
  private final Evaluator evaluator;
  private int spreadDepth;

  MemberReads(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** The value of the member read {@code m}: {@code this.x}, {@code request.url}, {@code env}, a convention's, or a property. */
  Value read(Swc4jAstMemberExpr m, FunctionUnit unit, int depth) {
    Optional<String> prop = Ast.propName(m);
    ISwc4jAst obj = Ast.unwrap(m.getObj());
    if (prop.isEmpty()) {
      // pair[1]: an end of a WebSocketPair, list[0]: an element of an array literal (any other computed read is not followed)
      Value of = evaluator.eval(obj, unit, depth + 1);
      if (of instanceof Value.ArrayLiteral a) {
        return literalIndex(m).map(i -> element(a, i)).orElse(Value.UNKNOWN);
      }
      return of instanceof Value.WebSocketPair ? new Value.WebSocket() : of instanceof Value.ClientInput ? of : Value.UNKNOWN;
    }
    if (obj instanceof Swc4jAstThisExpr) {
      return thisMember(prop.get(), unit, depth);
    }
    if (prop.get().equals("url") && isRequestLike(obj)) {
      return new Value.RequestUrl();
    }
    if (prop.get().equals("env")) {
      return obj instanceof Swc4jAstIdent i && i.getSym().equals("process") ? Value.UNKNOWN : Value.ENV;
    }
    return evaluator.byConvention(m, unit, depth).orElseGet(() -> namedClass(obj, unit)
        .map(c -> staticMember(c, prop.get(), depth))
        .orElseGet(() -> member(evaluator.eval(obj, unit, depth + 1), prop.get())));
  }

  /** Static member {@code prop} of the project class {@code obj} names; UNKNOWN when {@code obj} names none. */
  Value throughClass(ISwc4jAst obj, String prop, FunctionUnit unit, int depth) {
    return namedClass(obj, unit).map(c -> staticMember(c, prop, depth)).orElse(Value.UNKNOWN);
  }

  /**
   * The project class an identifier names in {@code unit}: declared in scope, or imported from a project module
   * ({@code import { NoteController } from "./controllers"}), following re-exporting imports a few hops.
   */
  private Optional<ClassInfo> namedClass(ISwc4jAst obj, FunctionUnit unit) {
    if (!(obj instanceof Swc4jAstIdent id)) {
      return Optional.empty();
    }
    Optional<Declaration> decl = unit.lookup(id.getSym());
    for (int hops = 0; hops < MAX_SUPERCLASSES && decl.isPresent(); hops++) {
      if (decl.get() instanceof Declaration.Class c) {
        return Optional.of(c.info());
      }
      if (!(decl.get() instanceof Declaration.Import i) || i.imported().equals("*")) {
        return Optional.empty();
      }
      decl = evaluator.project().imported(i.from(), i.specifier())
          .flatMap(target -> Optional.ofNullable(target.exports().get(i.imported())).flatMap(local -> target.topLevel().lookup(local)));
    }
    return Optional.empty();
  }

  /**
   * A static member read through its class ({@code NoteController.list}, {@code Config.DEFAULTS}): a static method or
   * field of the class or of one of its own superclasses (statics are inherited). Instance members are not read this
   * way: {@code Class.method} of an instance method is undefined in JavaScript.
   */
  private Value staticMember(ClassInfo c, String prop, int depth) {
    ClassInfo k = c;
    for (int hops = 0; k != null && hops < MAX_SUPERCLASSES; hops++) {
      if (k.isStatic(prop)) {
        Optional<Declaration.Variable> field = k.field(prop);
        FunctionUnit method = k.methods().get(prop);
        if (method != null) {
          return k.isGetter(prop) ? evaluator.returned(method, depth) : new Value.Function(method);
        }
        return field.map(f -> evaluator.declaration(f, depth)).orElse(Value.UNKNOWN);
      }
      k = evaluator.project().ownSuperclass(k).orElse(null);
    }
    return Value.UNKNOWN;
  }

  private Value thisMember(String prop, FunctionUnit unit, int depth) {
    if (prop.equals("env")) {
      return Value.ENV;
    }
    return unit.owner().map(c -> staticOf(c, unit) && evaluator.project().staticRedeclaredBelow(c, prop) ? Value.UNKNOWN
        : classMember(c, prop, depth)).orElse(Value.UNKNOWN);
  }

  /** True when {@code unit} is a static method of {@code c}: its {@code this} is the class the call went through. */
  private static boolean staticOf(ClassInfo c, FunctionUnit unit) {
    return c.methods().entrySet().stream().anyMatch(e -> e.getValue() == unit && c.isStatic(e.getKey()));
  }

  /**
   * Member {@code prop} of an instance of class {@code c}: a field assigned in its code, what a getter returns, or a
   * method, looked up in the class and then its own superclasses ({@code class AppService extends BaseService} reads
   * the {@code this.db} the base constructor set; {@link #ownSuperclass}). A chain that loops ends.
   */
  private Value classMember(ClassInfo c, String prop, int depth) {
    ClassInfo k = c;
    for (int hops = 0; k != null && hops < MAX_SUPERCLASSES; hops++) {
      Optional<Declaration.Variable> field = k.field(prop);
      FunctionUnit method = k.methods().get(prop);
      if (field.isPresent()) {
        Value v = evaluator.declaration(field.get(), depth);
        // this.merge = this.merge.bind(this): the field is the method it binds
        return v.known() || method == null || k.isGetter(prop) ? v : new Value.Function(method);
      }
      if (method != null) {
        return k.isGetter(prop) ? evaluator.returned(method, depth) : new Value.Function(method);
      }
      k = evaluator.project().ownSuperclass(k).orElse(null);
    }
    return Value.UNKNOWN;
  }

  /** {@code value.prop}: env -> binding (or a secret, by its name), instance -> method or field, request URL stays a URL. */
  Value member(Value value, String prop) {
    if (value instanceof Value.Env) {
      return evaluator.project().bindingType(prop).<Value>map(t -> new Value.Binding(prop, t))
          .orElse(Credentials.secretName(prop) ? new Value.Secret(prop) : Value.UNKNOWN);
    }
    if (value instanceof Value.Namespace ns) {
      String local = ns.module().exports().get(prop);
      return local == null ? Value.UNKNOWN : ns.module().topLevel().lookup(local).map(d -> evaluator.declaration(d, 1)).orElse(Value.UNKNOWN);
    }
    if (value instanceof Value.ObjectLiteral o) {
      return property(o, prop);
    }
    if (value instanceof Value.ArrayLiteral a) {
      return element(a, prop);
    }
    if (value instanceof Value.RequestUrl && Set.of("href", "toString").contains(prop)) {
      return value;
    }
    if (value instanceof Value.RequestUrl && Set.of("host", "hostname", "origin").contains(prop)) {
      return new Value.RequestOrigin();
    }
    if (value instanceof Value.WebSocketPair) {
      return new Value.WebSocket(); // const { 0: client, 1: server } = pair
    }
    if (value instanceof Value.ClientInput) {
      return value; // body.image.url: a part of what the client sent is still the client's
    }
    if (value instanceof Value.Instance inst) {
      return evaluator.project().classNamed(inst.className()).map(c -> classMember(c, prop, 1)).orElse(Value.UNKNOWN);
    }
    return Value.UNKNOWN;
  }

  /**
   * A property of an object literal: {@code key: value}, shorthand {@code key}, or, when not written
   * out, whatever a spread ({@code ...env}) provides, the last spread first as in JavaScript.
   */
  private Value property(Value.ObjectLiteral o, String prop) {
    if (spreadDepth > Evaluator.MAX_DEPTH) {
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
        return evaluator.eval(kv.getValue(), o.scope());
      }
      if (p instanceof Swc4jAstIdent shorthand && shorthand.getSym().equals(prop)) {
        return evaluator.eval(shorthand, o.scope());
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp method && Ast.name(method.getKey()).filter(prop::equals).isPresent()) {
        // { run(sql) { ... } }: the method's own unit, as for a function-valued property
        return o.scope().module().unitAt(method).<Value>map(Value.Function::new).orElse(Value.UNKNOWN);
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstSpreadElement spread) {
        Value fromSpread = member(evaluator.eval(spread.getExpr(), o.scope()), prop);
        if (fromSpread.known()) {
          return fromSpread;
        }
      }
    }
    return Value.UNKNOWN;
  }

  /** The index of {@code list[0]}, when it is a whole number written as a literal. */
  private static Optional<String> literalIndex(Swc4jAstMemberExpr m) {
    return m.getProp() instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName c
        && Ast.unwrap(c.getExpr()) instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber n && n.getValue() == Math.rint(n.getValue())
        ? Optional.of(Integer.toString(n.asInt())) : Optional.empty();
  }

  /**
   * Element {@code index} of an array literal, read by a literal index ({@code pair[0]}, {@code const [a] = ...}), when
   * no spread or hole before it moves the positions.
   */
  private Value element(Value.ArrayLiteral a, String index) {
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return Value.UNKNOWN; // .length, .map: not an element
    }
    List<java.util.Optional<com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread>> elements = a.node().getElems();
    for (int k = 0; k <= i && k < elements.size(); k++) {
      if (elements.get(k).isEmpty() || elements.get(k).get().getSpread().isPresent()) {
        return Value.UNKNOWN;
      }
    }
    return i < elements.size() ? evaluator.eval(elements.get(i).get().getExpr(), a.scope()) : Value.UNKNOWN;
  }

  /** {@code base} followed through a destructuring path ({@code const { env: { DB } } = ...}). */
  Value path(Value base, List<String> path) {
    Value v = base;
    for (String p : path) {
      v = p.equals("env") ? Value.ENV : member(v, p);
    }
    return v;
  }

  static boolean isRequestLike(ISwc4jAst obj) {
    if (obj instanceof Swc4jAstIdent i) {
      return REQUEST_NAMES.contains(i.getSym());
    }
    return obj instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(p -> p.equals("req") || p.equals("request")).isPresent();
  }
}
