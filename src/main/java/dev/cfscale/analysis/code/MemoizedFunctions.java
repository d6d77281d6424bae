package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A function that keeps what it loads in one fixed slot and answers from it when it is filled: it starts with
 * {@code if (c.get("settings")) return c.get("settings")} (or {@code if (this.config) return this.config}, a static field
 * read through its class in a static method, {@code if (Settings.cached) return Settings.cached}, or a module's own
 * variable, {@code if (cachedConfig) return cachedConfig}) and stores what it read with {@code c.set("settings", value)}
 * ({@code this.config = value}, {@code Settings.cached = value}, {@code cachedConfig = value}). Called for every item of
 * a loop, it loads once and answers the other calls from the slot, so what it reads is not repeated per item. The same
 * holds for {@code if (!this.config) { ...; this.config = value }} followed by the read. A slot
 * keyed by the function's input ({@code cache.get(id)}) differs per item and does not count.
 */
final class MemoizedFunctions {
  private MemoizedFunctions() {}

  /** Per module, the answer for each of its functions asked so far (read from the syntax tree alone). */
  private static final Object ANSWERS = new Object();

  /**
   * True when {@code unit} returns early from a fixed slot that its own code fills. Asked for every function a loop's
   * call reaches, by every Worker: answered once per function and run.
   */
  static boolean answersFromSlot(FunctionUnit unit) {
    java.util.Map<FunctionUnit, Boolean> answers = unit.module().derived(ANSWERS, m -> new java.util.concurrent.ConcurrentHashMap<>());
    Boolean known = answers.get(unit);
    if (known == null) {
      known = slotAnswered(unit);
      answers.putIfAbsent(unit, known);
    }
    return known;
  }

  private static boolean slotAnswered(FunctionUnit unit) {
    Set<String> read = new HashSet<>();
    Set<String> written = new HashSet<>();
    // the function's own statements and expressions (nested functions keep slots of their own)
    unit.ownCodeHas(unit.node(), node -> {
      if (node instanceof Swc4jAstIfStmt branch && returnsOnly(branch.getCons())) {
        slotsIn(branch.getTest(), unit, read);
      } else if (node instanceof Swc4jAstIfStmt branch && branch.getAlt().isEmpty()) {
        emptySlot(branch.getTest(), unit).ifPresent(read::add);
      }
      written(node, unit).ifPresent(written::add);
      return false; // visit every node
    });
    read.retainAll(written);
    return !read.isEmpty();
  }

  /**
   * The slot of {@code if (!this.details) { ...load, this.details = ... }}, the other way to write it: the load runs
   * only while the slot is empty, and the code after the {@code if} answers from the slot.
   */
  private static Optional<String> emptySlot(ISwc4jAst test, FunctionUnit unit) {
    return Ast.unwrap(test) instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr not
        && not.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang ? readSlot(not.getArg(), unit) : Optional.empty();
  }

  /** {@code return x;} alone, or a block holding only that. */
  private static boolean returnsOnly(ISwc4jAst cons) {
    if (cons instanceof Swc4jAstBlockStmt block) {
      return block.getStmts().size() == 1 && block.getStmts().get(0) instanceof Swc4jAstReturnStmt;
    }
    return cons instanceof Swc4jAstReturnStmt;
  }

  /** Every fixed slot read anywhere in the test ({@code !c.get("k")}, {@code this.x !== undefined}). */
  private static void slotsIn(ISwc4jAst test, FunctionUnit unit, Set<String> out) {
    readSlot(test, unit).ifPresent(out::add);
    for (ISwc4jAst child : test.getChildNodes()) {
      if (child != null) {
        slotsIn(child, unit, out);
      }
    }
  }

  /** {@code holder.get(KEY)} / {@code holder.has(KEY)} with a fixed key, or a field or variable slot ({@link #fieldSlot}). */
  private static Optional<String> readSlot(ISwc4jAst node, FunctionUnit unit) {
    Optional<Ast.Call> call = Ast.call(Ast.unwrap(node));
    if (call.isPresent()) {
      return keyedSlot(call.get(), Set.of("get", "has"), unit);
    }
    return fieldSlot(Ast.unwrap(node), unit);
  }

  /** {@code holder.set(KEY, value)} with a fixed key, or an assignment to a field or variable slot. */
  private static Optional<String> written(ISwc4jAst node, FunctionUnit unit) {
    if (node instanceof Swc4jAstAssignExpr assign) {
      return assign.getLeft() instanceof Swc4jAstBindingIdent b ? moduleVariable(b.getId().getSym(), unit)
          : fieldSlot(Ast.unwrap(assign.getLeft()), unit);
    }
    return Ast.call(node).flatMap(c -> keyedSlot(c, Set.of("set"), unit));
  }

  private static Optional<String> keyedSlot(Ast.Call call, Set<String> methods, FunctionUnit unit) {
    if (!(call.unwrappedCallee() instanceof Swc4jAstMemberExpr m) || Ast.propName(m).filter(methods::contains).isEmpty()
        || call.args().isEmpty() || !fixedKey(call.args().get(0), unit)) {
      return Optional.empty();
    }
    return Optional.of(unit.module().text(Ast.unwrap(m.getObj())) + "#" + unit.module().text(Ast.unwrap(call.args().get(0))));
  }

  /** A key written in the code: a string, a constant's member ({@code KEYS.SETTINGS}) or a name the function does not receive. */
  private static boolean fixedKey(ISwc4jAst key, FunctionUnit unit) {
    ISwc4jAst k = Ast.unwrap(key);
    if (k instanceof Swc4jAstStr) {
      return true;
    }
    if (k instanceof Swc4jAstMemberExpr m && Ast.unwrap(m.getObj()) instanceof Swc4jAstIdent holder) {
      return unit.lookup(holder.getSym()).filter(d -> d instanceof Declaration.Import
          || d instanceof Declaration.Variable v && v.scope() == unit.module().topLevel()).isPresent();
    }
    return k instanceof Swc4jAstIdent id && unit.lookup(id.getSym()).filter(d -> d instanceof Declaration.Import
        || d instanceof Declaration.Variable v && v.scope() == unit.module().topLevel()).isPresent();
  }

  /**
   * {@code this.field}; {@code Owner.field} in a method of class {@code Owner} (a static field: one per isolate, as
   * {@code this.field} is in a static method); or a variable the module declares at its top level.
   */
  private static Optional<String> fieldSlot(ISwc4jAst node, FunctionUnit unit) {
    if (node instanceof Swc4jAstIdent id) {
      return moduleVariable(id.getSym(), unit);
    }
    if (!(node instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    ISwc4jAst holder = Ast.unwrap(m.getObj());
    boolean ownClass = holder instanceof Swc4jAstIdent c && unit.owner().filter(o -> o.name().equals(c.getSym())).isPresent();
    // keyed by what follows the holder, so `this.cached` and `Settings.cached` in one static method name the same slot
    return holder instanceof Swc4jAstThisExpr || ownClass
        ? Optional.of(unit.module().text(m).substring(unit.module().text(holder).length())) : Optional.empty();
  }

  /** {@code name} when it is a variable declared at the top level of {@code unit}'s module (not one of the function's own). */
  private static Optional<String> moduleVariable(String name, FunctionUnit unit) {
    for (FunctionUnit u = unit; u != null; u = u.parent().orElse(null)) {
      if (u.declares(name)) { // the nearest declaration: a function's own `let x` hides the module's
        return u == unit.module().topLevel() && u.lookup(name).filter(Declaration.Variable.class::isInstance).isPresent()
            ? Optional.of("variable " + name) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
