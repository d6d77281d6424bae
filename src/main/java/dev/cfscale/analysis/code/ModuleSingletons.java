package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstAssignOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Module-level variables declared without a value and set inside a function: {@code let db;} then
 * {@code db = env.DB} in the handler, or {@code if (!db) db = drizzle(env.DB)} in a getter (a lazily built
 * singleton). Such a name has the value of its first assignment, evaluated where that assignment runs (so
 * {@code env} is the assigning function's parameter). Only names no inner function declares itself are bound.
 */
final class ModuleSingletons {
  private final FunctionUnit top;
  private final Set<String> unset = new LinkedHashSet<>();
  private final List<Assignment> assignments = new ArrayList<>();
  /** Names an inner function declares without a value (the indexer declares only initialised ones). */
  private final java.util.Map<FunctionUnit, Set<String>> innerUnset = new java.util.HashMap<>();

  private record Assignment(String name, ISwc4jAst value, FunctionUnit unit) {}

  ModuleSingletons(FunctionUnit top) {
    this.top = top;
  }

  /** Notes a declarator of {@code unit}: a module-level name declared with no value (or null) may be set later. */
  void declarator(Swc4jAstVarDeclarator declarator, FunctionUnit unit) {
    if (declarator.getName() instanceof Swc4jAstBindingIdent b && declarator.getInit().map(ModuleSingletons::empty).orElse(true)) {
      (unit == top ? unset : innerUnset.computeIfAbsent(unit, u -> new LinkedHashSet<>())).add(b.getId().getSym());
    }
  }

  /** Notes {@code name = value} inside {@code unit}. */
  void assignment(Swc4jAstAssignExpr assign, FunctionUnit unit) {
    if (assign.getOp() == Swc4jAstAssignOp.Assign && unit != top && assign.getLeft() instanceof Swc4jAstBindingIdent b
        && !empty(assign.getRight())) {
      assignments.add(new Assignment(b.getId().getSym(), assign.getRight(), unit));
    }
  }

  /** Declares each unset module-level name as its first assignment (after the walk: every declaration is known). */
  void declare() {
    Set<String> bound = new java.util.HashSet<>();
    for (Assignment a : assignments) {
      if (unset.contains(a.name()) && !shadowed(a.name(), a.unit()) && bound.add(a.name())) {
        top.redeclare(a.name(), new Declaration.Variable(a.value(), a.unit(), List.of()));
      }
    }
  }

  /** True when a function between {@code unit} and the module declares {@code name} itself. */
  private boolean shadowed(String name, FunctionUnit unit) {
    for (FunctionUnit u = unit; u != null && u != top; u = u.parent().orElse(null)) {
      if (u.declares(name) || innerUnset.getOrDefault(u, Set.of()).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean empty(ISwc4jAst init) {
    ISwc4jAst value = Ast.unwrap(init);
    return value instanceof Swc4jAstNull || value instanceof Swc4jAstIdent i && i.getSym().equals("undefined");
  }
}
