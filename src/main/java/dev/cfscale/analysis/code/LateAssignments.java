package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstAssignOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Variables declared without a value (or with {@code null}) and set later: a module's {@code let db;} set by the
 * handler ({@code db = env.DB}) or by a getter that builds it once ({@code if (!db) db = drizzle(env.DB)},
 * {@code db ??= drizzle(env.DB)}), the
 * module singletons real Workers keep; and a function's {@code let x; x = ...}. Such a name has the value of its
 * first assignment, evaluated where that assignment runs (so {@code env} is the assigning function's parameter),
 * declared in the unit that declares the name, so a function's own {@code let x} hides a module's.
 */
final class LateAssignments {
  /** {@code db = x}, and the set-once forms {@code db ??= x} / {@code db ||= x} (a module singleton built on first use). */
  private static final Set<Swc4jAstAssignOp> SETTING = Set.of(Swc4jAstAssignOp.Assign, Swc4jAstAssignOp.NullishAssign,
      Swc4jAstAssignOp.OrAssign);

  private final Map<FunctionUnit, Set<String>> unset = new HashMap<>();
  private final List<Assignment> assignments = new ArrayList<>();

  private record Assignment(String name, ISwc4jAst value, FunctionUnit unit) {}

  /** Notes a declarator of {@code unit} without a value. */
  void declarator(Swc4jAstVarDeclarator declarator, FunctionUnit unit) {
    if (declarator.getName() instanceof Swc4jAstBindingIdent b && declarator.getInit().map(Ast::nullish).orElse(true)) {
      unset.computeIfAbsent(unit, u -> new HashSet<>()).add(b.getId().getSym());
    }
  }

  /** Notes {@code name = value} inside {@code unit}. */
  void assignment(Swc4jAstAssignExpr assign, FunctionUnit unit) {
    if (SETTING.contains(assign.getOp()) && assign.getLeft() instanceof Swc4jAstBindingIdent b && !Ast.nullish(assign.getRight())) {
      assignments.add(new Assignment(b.getId().getSym(), assign.getRight(), unit));
    }
  }

  /** Declares each name set later as its first assignment (after the walk, when every declaration is known). */
  void declare() {
    Map<FunctionUnit, Set<String>> bound = new HashMap<>();
    for (Assignment a : assignments) {
      for (FunctionUnit u = a.unit(); u != null; u = u.parent().orElse(null)) {
        if (unset.getOrDefault(u, Set.of()).contains(a.name())) {
          if (bound.computeIfAbsent(u, k -> new HashSet<>()).add(a.name())) {
            u.redeclare(a.name(), new Declaration.Variable(a.value(), a.unit(), List.of()));
          }
          break;
        }
        if (u.declares(a.name())) {
          u.markReassigned(a.name()); // declared with a value here: a reassignment, the first value stays (SqlText asks)
          break;
        }
      }
    }
  }
}
