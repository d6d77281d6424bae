package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Evaluator}'s calls: what a project function returns, what a platform API call on a binding
 * gives ({@link BindingCalls}), what a convention says a call is, and what {@code new} creates.
 */
final class CallResults {
  private final Evaluator evaluator;

  CallResults(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** What a call returns when a convention knows the callee, or it is a project function or a platform API; UNKNOWN otherwise. */
  Value result(Ast.Call call, FunctionUnit unit, int depth) {
    Optional<Value> known = evaluator.byConvention(call.node(), unit, depth);
    if (known.isPresent()) {
      return known.get();
    }
    ISwc4jAst callee = call.unwrappedCallee();
    List<ISwc4jAst> args = call.args();
    Optional<ISwc4jAst> first = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
    if (callee instanceof Swc4jAstIdent id && id.getSym().equals("String") && unit.lookup("String").isEmpty() && first.isPresent()
        && evaluator.eval(first.get(), unit, depth + 1) instanceof Value.ClientInput in) {
      return in; // String(form.get("site"))
    }
    if (callee instanceof Swc4jAstIdent id) {
      Value fn = evaluator.identifier(id.getSym(), unit, depth);
      return fn instanceof Value.Function f ? returnValue(f.unit(), depth) : passedFunctionsReturn(id.getSym(), unit, depth);
    }
    if (!(callee instanceof Swc4jAstMemberExpr m)) {
      return Value.UNKNOWN;
    }
    String method = Ast.propName(m).orElse("");
    if (isHostHeader(m, method, first)) {
      return new Value.RequestOrigin();
    }
    if (ClientInputs.isRead(m, method, unit, evaluator, depth)) {
      return new Value.ClientInput();
    }
    // the object is evaluated once: o.a().a()... evaluating it again for the method doubles the work per link
    boolean onThis = Ast.unwrap(m.getObj()) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
    Value target = onThis ? Value.UNKNOWN : evaluator.eval(m.getObj(), unit, depth + 1);
    // Helpers.parse(request): a static method read through its class name (the identifier alone has no value)
    Value called = onThis ? evaluator.eval(m, unit, depth + 1)
        : target.known() ? evaluator.member(target, method) : evaluator.staticMember(Ast.unwrap(m.getObj()), method, unit, depth + 1);
    if (called instanceof Value.Function f) {
      return returnValue(f.unit(), depth); // obj.method(): what the method returns (this.sites.ownedBy(id))
    }
    if (target instanceof Value.Function f) {
      return method.equals("bind") ? f : returnValue(f.unit(), depth); // fn.bind(x) is fn; fn.call(x, ...) what fn returns
    }
    if (target instanceof Value.Binding b) {
      return BindingCalls.result(b, method, first, unit, evaluator);
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
    if (target instanceof Value.ClientInput) {
      return target; // body.url.trim(), form.get("url"): still what the client sent
    }
    if (target instanceof Value.Text t && args.isEmpty()) {
      Optional<String> trimmed = trimmed(t.text(), method);
      if (trimmed.isPresent()) {
        return new Value.Text(trimmed.get()); // db.prepare(`\n  SELECT ...\n`.trim()): still the constant text
      }
    }
    if (isObjectValues(m, method) && first.isPresent() && evaluator.eval(first.get(), unit, depth + 1) instanceof Value.WebSocketPair pair) {
      return pair; // Object.values(new WebSocketPair()): the same two ends, by index
    }
    return Value.UNKNOWN;
  }

  /** {@code text.trim()}, {@code trimStart()} or {@code trimEnd()} as JavaScript computes them; empty for other methods. */
  private static Optional<String> trimmed(String text, String method) {
    return switch (method) {
      case "trim" -> Optional.of(text.strip());
      case "trimStart", "trimLeft" -> Optional.of(text.stripLeading());
      case "trimEnd", "trimRight" -> Optional.of(text.stripTrailing());
      default -> Optional.empty();
    };
  }

  private static boolean isObjectValues(Swc4jAstMemberExpr m, String method) {
    return method.equals("values") && Ast.identifier(m.getObj()).filter("Object"::equals).isPresent();
  }

  /**
   * What calling a parameter that callers pass different functions returns ({@code withRetry(getStub, ...)} called
   * with several {@code () => this.stub()}): the first known answer of those functions in source order, since which
   * one runs depends on the caller but what they give is usually the same kind of value.
   */
  private Value passedFunctionsReturn(String name, FunctionUnit unit, int depth) {
    Optional<Declaration> decl = unit.lookup(name);
    if (decl.isEmpty() || !(decl.get() instanceof Declaration.Parameter p) || !p.path().isEmpty()) {
      return Value.UNKNOWN;
    }
    return evaluator.project().polymorphicFunctions(p.unit(), p.index()).stream()
        .sorted(java.util.Comparator.comparing((FunctionUnit f) -> f.module().relativePath()).thenComparingInt(f -> f.node().getSpan().getStart()))
        .map(f -> returnValue(f, depth)).filter(Value::known).findFirst().orElse(Value.UNKNOWN);
  }

  /**
   * What a project function returns: the first return expression that evaluates to something known. Service code
   * nests returns (a method returning a getter's connection, made by a factory function), so a return costs a little
   * more depth than a plain step but leaves room for a few of them.
   */
  Value returnValue(FunctionUnit fn, int depth) {
    if (depth > Evaluator.MAX_DEPTH * 3 / 4) {
      return Value.UNKNOWN;
    }
    for (ISwc4jAst expression : fn.returned()) {
      Value v = evaluator.eval(expression, fn, depth + 2);
      if (v.known() && !(v instanceof Value.Text)) {
        return v;
      }
    }
    return Value.UNKNOWN;
  }

  /** What {@code new X(...)} gives: an instance of a project class, or a URL built from the request's. */
  Value construct(Swc4jAstNewExpr n, FunctionUnit unit, int depth) {
    Optional<String> name = Ast.identifier(n.getCallee());
    List<ISwc4jAst> args = n.getArgs().map(a -> a.stream().map(x -> (ISwc4jAst) x.getExpr()).toList()).orElse(List.of());
    if (name.isPresent() && name.get().equals("URL") && !args.isEmpty() && evaluator.eval(args.get(0), unit, depth + 1) instanceof Value.RequestUrl) {
      return new Value.RequestUrl();
    }
    if (name.isPresent() && name.get().equals("WebSocketPair") && unit.lookup(name.get()).isEmpty()) {
      return new Value.WebSocketPair();
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

  /** {@code request.headers.get("host")}: the host the client addressed, this Worker's own. */
  private static boolean isHostHeader(Swc4jAstMemberExpr m, String method, Optional<ISwc4jAst> first) {
    return method.equals("get") && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr headers
        && Ast.propName(headers).filter("headers"::equals).isPresent() && MemberReads.isRequestLike(Ast.unwrap(headers.getObj()))
        && first.map(Ast::unwrap).filter(a -> a instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr str
            && str.getValue().equalsIgnoreCase("host")).isPresent();
  }
}
