package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import java.util.Optional;
import java.util.Set;

/**
 * A fallback inside a sequential loop that runs only on a miss of a memo: {@code byId.get(id) ?? await load(id)} where
 * the loop stores what it loaded ({@code byId.set(id, row)}) or {@code byId} was loaded before the loop (a bulk read
 * the loop only completes), and {@code client ??= await connect()} (set once, then reused). The call runs once per
 * distinct key or once per loop, not once per item. A value the loop only reads and never fills
 * ({@code item.user ?? await load(item.userId)}, a {@code new Map()} nobody sets) misses every time: still per item.
 */
final class LoopMemos {
  private static final Set<String> LOOKUPS = Set.of("get", "find", "at");
  private static final Set<String> FILLS = Set.of("set", "add", "push");

  private LoopMemos() {}

  /** True when {@code call}, in the body of sequential {@code loop} in {@code unit}, is a fallback for a memo filled as above. */
  static boolean missOnly(ISwc4jAst call, ISwc4jAst loop, FunctionUnit unit) {
    Optional<ISwc4jAst> tried = Fallbacks.tried(call);
    if (tried.isEmpty()) {
      return false;
    }
    ISwc4jAst value = Ast.unwrap(tried.get());
    Optional<String> keyedHolder = keyedHolder(value);
    if (keyedHolder.isPresent()) {
      String holder = keyedHolder.get();
      return !declaredIn(loop, holder) && (filledIn(loop, holder, unit) || loadedBefore(holder, call, unit));
    }
    // a single value: only when the loop itself sets it (the first round loads, the others reuse it)
    return holderName(value, unit).filter(h -> !declaredIn(loop, h) && filledIn(loop, h, unit)).isPresent();
  }

  /** {@code memo.get(key)}, {@code memo[key]}, {@code rows.find(...)}: the collection looked into, by name. */
  private static Optional<String> keyedHolder(ISwc4jAst value) {
    Optional<Ast.Call> call = Ast.call(value);
    if (call.isPresent()) {
      return call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(LOOKUPS::contains).isPresent()
          ? Ast.identifier(m.getObj()) : Optional.empty();
    }
    return value instanceof Swc4jAstMemberExpr m && m.getProp() instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName
        ? Ast.identifier(m.getObj()) : Optional.empty();
  }

  /** A plain variable ({@code client}) or an instance field ({@code this.client}), by its text. */
  private static Optional<String> holderName(ISwc4jAst value, FunctionUnit unit) {
    if (value instanceof Swc4jAstBindingIdent b) {
      return Optional.of(b.getId().getSym());
    }
    if (value instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr) {
      return Optional.of(unit.module().text(m));
    }
    return Ast.identifier(value);
  }

  /** The name is declared inside the loop (its own variable, or one per round): a fresh, empty holder each time. */
  private static boolean declaredIn(ISwc4jAst loop, String name) {
    return Ast.contains(loop, n -> n instanceof Swc4jAstVarDeclarator d && d.getName() instanceof Swc4jAstBindingIdent b
        && b.getId().getSym().equals(name));
  }

  /** Inside the loop: {@code name = ...}, {@code name ??= ...}, {@code name[k] = ...}, {@code name.set(k, v)}. */
  private static boolean filledIn(ISwc4jAst loop, String name, FunctionUnit unit) {
    return Ast.contains(loop, n -> {
      if (n instanceof Swc4jAstAssignExpr a) {
        ISwc4jAst left = Ast.unwrap(a.getLeft());
        ISwc4jAst target = left instanceof Swc4jAstMemberExpr m && !(Ast.unwrap(m.getObj()) instanceof Swc4jAstThisExpr) ? Ast.unwrap(m.getObj()) : left;
        return holderName(target, unit).filter(name::equals).isPresent();
      }
      return Ast.call(n).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(FILLS::contains).isPresent()
          && holderName(Ast.unwrap(m.getObj()), unit).filter(name::equals).isPresent()).isPresent();
    });
  }

  /** A collection declared before the loop with something in it ({@code new Map(rows.map(...))}, a bulk read). */
  private static boolean loadedBefore(String name, ISwc4jAst use, FunctionUnit unit) {
    return unit.wholeVariable(name, use).filter(v -> !empty(Ast.unwrap(v.init()))).isPresent();
  }

  /** {@code new Map()}, {@code {}}, {@code []}, {@code null}, a literal: nothing loaded yet. */
  private static boolean empty(ISwc4jAst init) {
    if (init instanceof Swc4jAstNewExpr n) {
      return n.getArgs().map(java.util.List::isEmpty).orElse(true);
    }
    return init instanceof Swc4jAstObjectLit o && o.getProps().isEmpty() || init instanceof Swc4jAstArrayLit a && a.getElems().isEmpty()
        || init instanceof Swc4jAstNull || init instanceof Swc4jAstBool || init instanceof Swc4jAstNumber || init instanceof Swc4jAstStr
        || init instanceof Swc4jAstIdent id && id.getSym().equals("undefined");
  }
}
