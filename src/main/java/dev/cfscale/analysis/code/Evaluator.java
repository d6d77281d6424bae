package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstOptChainExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.miscs.Swc4jAstTplElement;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates expressions to {@link Value}s: which binding {@code env.DB}, {@code c.env.DB}, {@code db}
 * or {@code this.db} is, following declarations, destructuring, parameters seeded at call sites,
 * imports and class fields. Flow-insensitive and conservative: when unsure it answers UNKNOWN.
 * It knows JavaScript and the Workers env; what a framework's calls give ({@code drizzle(env.DB)},
 * {@code c.var.db}) comes from the project's {@link Convention}s.
 */
public final class Evaluator {
  static final int MAX_DEPTH = 40;
  private final Project project;

  private final MemberReads members;
  private final CallResults calls;

  Evaluator(Project project) {
    this.project = project;
    this.members = new MemberReads(this);
    this.calls = new CallResults(this);
  }

  private final java.util.Map<ISwc4jAst, Value> memo = new java.util.IdentityHashMap<>();

  /** The project whose bindings, seeds and conventions this evaluator reads. */
  public Project project() {
    return project;
  }

  /** The value of {@code node}; memoized per node, since seeds only change between collection rounds. */
  public Value eval(ISwc4jAst node, FunctionUnit unit) {
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

  /** The value of {@code raw} at recursion depth {@code depth} (for conventions evaluating their arguments). */
  public Value eval(ISwc4jAst raw, FunctionUnit unit, int depth) {
    if (raw == null || depth > MAX_DEPTH) {
      return Value.UNKNOWN;
    }
    ISwc4jAst node = Ast.unwrap(raw);
    if (node instanceof Swc4jAstAwaitExpr a) {
      return eval(a.getArg(), unit, depth + 1);
    }
    if (node instanceof Swc4jAstIdent id) {
      // a for...of variable has no declaration of its own (an outer name it shadows aside): only then look for the loop
      Optional<ISwc4jAst> list = unit.lookup(id.getSym()).isEmpty() ? ListElements.loopOver(id) : Optional.empty();
      if (list.isPresent() && eval(list.get(), unit, depth + 1) instanceof Value.ClientInput element) {
        return element; // for (const part of body.parts): each part is the client's too
      }
      return identifier(id.getSym(), id, unit, depth);
    }
    if (node instanceof Swc4jAstBindingIdent b) {
      return identifier(b.getId().getSym(), unit, depth);
    }
    if (node instanceof Swc4jAstMemberExpr m) {
      return members.read(m, unit, depth);
    }
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr) {
      return thisObject(unit);
    }
    if (node instanceof Swc4jAstOptChainExpr o) {
      return eval(o.getBase(), unit, depth + 1);
    }
    Optional<Ast.Call> call = Ast.call(node);
    if (call.isPresent()) {
      return calls.result(call.get(), unit, depth);
    }
    if (node instanceof Swc4jAstNewExpr n) {
      return byConvention(n, unit, depth).orElseGet(() -> calls.construct(n, unit, depth)); // new Kysely({...}), new PrismaClient({...})
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
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit a) {
      return new Value.ArrayLiteral(a, unit);
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
   * {@code this} handed on as a value ({@code new Behavior(this)}, {@code helper(this)}): the instance of the class whose
   * method (or an arrow in it) is running, so the receiver's {@code this.agent.deployer} reads that object's members.
   * In a static method {@code this} is whichever class the call went through, so it is left unknown.
   */
  private static Value thisObject(FunctionUnit unit) {
    Optional<ClassInfo> owner = unit.owner();
    boolean inStatic = owner.isPresent() && owner.get().methods().entrySet().stream()
        .anyMatch(e -> owner.get().isStatic(e.getKey()) && encloses(e.getValue(), unit));
    return owner.isEmpty() || inStatic ? Value.UNKNOWN : new Value.Instance(owner.get().name());
  }

  private static boolean encloses(FunctionUnit outer, FunctionUnit unit) {
    for (Optional<FunctionUnit> u = Optional.of(unit); u.isPresent(); u = u.get().parent()) {
      if (u.get() == outer) {
        return true;
      }
    }
    return false;
  }

  /**
   * One of two values ({@code a ?? b}, {@code c ? a : b}): a binding or object on either side is kept
   * ({@code env.DB ?? fallback}), but a string is constant only when both sides are the same string,
   * so {@code header ?? "unknown"} is not mistaken for the constant "unknown".
   */
  private static Value either(Value a, Value b) {
    if (a instanceof Value.ClientInput || b instanceof Value.ClientInput) {
      // params.get("u") ?? "": still the client's; a binding or object on the other side says more
      Value other = a instanceof Value.ClientInput ? b : a;
      return other.known() && !(other instanceof Value.Text) ? other : new Value.ClientInput();
    }
    if (a instanceof Value.Text || b instanceof Value.Text) {
      return a.equals(b) ? a : Value.UNKNOWN;
    }
    return a.known() ? a : b;
  }

  Value identifier(String name, FunctionUnit unit, int depth) {
    return identifier(name, null, unit, depth);
  }

  /** The value of name {@code name} written at {@code use} (null when not known): the declaration visible there. */
  private Value identifier(String name, ISwc4jAst use, FunctionUnit unit, int depth) {
    Optional<Declaration> decl = unit.lookup(name, use);
    if (decl.isEmpty()) {
      // service-worker syntax: bindings are globals
      return name.equals("env") ? Value.ENV : project.bindingType(name).<Value>map(t -> new Value.Binding(name, t)).orElse(Value.UNKNOWN);
    }
    return declaration(decl.get(), depth);
  }

  /** The value a declaration gives its name. */
  public Value declaration(Declaration decl, int depth) {
    if (decl instanceof Declaration.Variable v) {
      return members.path(eval(v.init(), v.scope(), depth + 1), v.path());
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
      return members.path(seeded.get(), p.path());
    }
    if (project.isEnvParameter(p.unit(), p.index())) {
      return members.path(Value.ENV, p.path());
    }
    if (p.path().isEmpty() && p.name().equals("env")) {
      return Value.ENV;
    }
    Optional<ISwc4jAst> list = ListElements.callbackList(p);
    if (list.isPresent() && p.unit().parent().map(outer -> eval(list.get(), outer, depth + 1)).orElse(Value.UNKNOWN) instanceof Value.ClientInput in) {
      return members.path(in, p.path()); // body.urls.map((url) => ...)
    }
    if (!p.path().isEmpty() && p.path().get(0).equals("env")) {
      return members.path(Value.ENV, p.path().subList(1, p.path().size()));
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

  /** Member {@code prop} of a value already evaluated (a binding of env, an instance's method or field...). */
  Value member(Value of, String prop) {
    return members.member(of, prop);
  }

  /** A static member read through the project class {@code obj} names ({@code Helpers.parse}); UNKNOWN for any other object. */
  Value staticMember(ISwc4jAst obj, String prop, FunctionUnit unit, int depth) {
    return members.throughClass(obj, prop, unit, depth);
  }

  /** What calling project function {@code fn} returns (its first known non-string return value), at {@code depth}. */
  Value returned(FunctionUnit fn, int depth) {
    return calls.returnValue(fn, depth);
  }

  /** What the first convention that recognises {@code node} says it is. */
  Optional<Value> byConvention(ISwc4jAst node, FunctionUnit unit, int depth) {
    for (Convention convention : project.conventions()) {
      Optional<Value> v = convention.value(node, unit, depth, this);
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** How much {@code arg}, a key or name argument, varies: constant, template or dynamic. */
  public dev.cfscale.facts.code.KeyArg keyOf(ISwc4jAst arg, FunctionUnit unit) {
    return Keys.of(arg, unit, this);
  }

  /** The unit created for a function expression node. */
  public Optional<FunctionUnit> unitOf(ISwc4jAst node, FunctionUnit context) {
    return context.module().unitAt(node);
  }
}
