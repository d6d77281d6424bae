package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions a query always applies when they are collected in an array and spread into
 * {@code and(...filters)}: the array literal's elements plus each {@code filters.push(x)} of the function
 * that runs whatever the request says. A push under {@code if (param)} with no {@code else} is an optional
 * filter the caller may leave out, so the query must be fast without it; of an {@code if/else} choosing
 * between filters the first alternative is taken. Pushes in loops, ternaries or callbacks are left out.
 */
final class DrizzleArrays {
  private static final int MAX_DEPTH = 16;

  private DrizzleArrays() {}

  /** A call's arguments with spread arrays ({@code and(...filters)}) replaced by their always-applied elements. */
  static List<DrizzleValues.Written> arguments(Swc4jAstCallExpr call, FunctionUnit unit, DrizzleValues values) {
    List<DrizzleValues.Written> out = new ArrayList<>();
    for (var a : call.getArgs()) {
      if (a.getSpread().isPresent()) {
        out.addAll(elements(a.getExpr(), unit, 0, values));
      } else {
        out.add(new DrizzleValues.Written(a.getExpr(), unit));
      }
    }
    return out;
  }

  private static List<DrizzleValues.Written> elements(ISwc4jAst array, FunctionUnit unit, int depth, DrizzleValues values) {
    ISwc4jAst n = Ast.unwrap(array);
    if (depth > MAX_DEPTH) {
      throw new DrizzleExpressions.Unsupported();
    }
    if (n instanceof Swc4jAstArrayLit literal) {
      List<DrizzleValues.Written> out = new ArrayList<>();
      for (var e : literal.getElems()) {
        if (e.isEmpty()) {
          continue;
        }
        if (e.get().getSpread().isPresent()) {
          out.addAll(elements(e.get().getExpr(), unit, depth + 1, values));
        } else if (!(Ast.unwrap(e.get().getExpr()) instanceof Swc4jAstCondExpr)) {
          out.add(new DrizzleValues.Written(e.get().getExpr(), unit)); // [cond ? eq(...) : undefined] is optional
        }
      }
      return out;
    }
    if (n instanceof Swc4jAstCallExpr filter && Ast.unwrap(filter.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("filter"::equals).isPresent()) {
      return elements(m.getObj(), unit, depth + 1, values); // filters.filter(Boolean)
    }
    if (n instanceof Swc4jAstIdent id) {
      // a const array and what is pushed onto it, or the array a caller passes
      DrizzleValues.Written w = values.of(id, unit).orElseThrow(DrizzleExpressions.Unsupported::new);
      List<DrizzleValues.Written> out = new ArrayList<>(elements(w.node(), w.unit(), depth + 1, values));
      if (unit.lookup(id.getSym(), id).filter(Declaration.Variable.class::isInstance).isPresent()) {
        out.addAll(pushes(id.getSym(), w.unit()));
      }
      return out;
    }
    // ...this.commonFilters(q): the array a helper returns
    return values.returned(n, unit, w -> elements(w.node(), w.unit(), depth + 1, values))
        .orElseThrow(DrizzleExpressions.Unsupported::new);
  }

  /** The arguments of {@code name.push(...)} calls in {@code scope}'s function that run on every call of it. */
  private static List<DrizzleValues.Written> pushes(String name, FunctionUnit scope) {
    ISwc4jAst body = scope.node();
    List<DrizzleValues.Written> out = new ArrayList<>();
    for (Swc4jAstCallExpr call : scope.module().calls()) {
      if (Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("push"::equals).isPresent()
          && Ast.identifier(m.getObj()).filter(name::equals).isPresent() && within(call, body) && alwaysRuns(call, body)) {
        call.getArgs().stream().filter(a -> a.getSpread().isEmpty()).forEach(a -> out.add(new DrizzleValues.Written(a.getExpr(), scope)));
      }
    }
    return out;
  }

  private static boolean within(ISwc4jAst node, ISwc4jAst body) {
    return node.getSpan().getStart() >= body.getSpan().getStart() && node.getSpan().getEnd() <= body.getSpan().getEnd();
  }

  /** True when {@code node} runs whenever {@code body} runs, taking the first branch of each if/else. */
  private static boolean alwaysRuns(ISwc4jAst node, ISwc4jAst body) {
    ISwc4jAst child = node;
    for (ISwc4jAst parent = node.getParent(); parent != null && parent != body; parent = parent.getParent()) {
      if (parent instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction && parent.getParent() == body) {
        return true; // the function of a method or function expression whose unit is body
      }
      if (parent instanceof Swc4jAstIfStmt branch) {
        boolean inCons = branch.getCons() == child;
        if (!inCons && branch.getAlt().isPresent() && branch.getAlt().get() == child) {
          return false; // a later alternative
        }
        if (inCons && branch.getAlt().isEmpty()) {
          return false; // if (param) filters.push(...): optional
        }
      } else if (repeatsOrBranches(parent)) {
        return false;
      }
      child = parent;
    }
    return true;
  }

  /** Loops, conditional expressions, {@code &&}/{@code ||} and nested functions: code that may run any number of times. */
  private static boolean repeatsOrBranches(ISwc4jAst node) {
    return node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForInStmt || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstWhileStmt
        || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstDoWhileStmt || node instanceof Swc4jAstCondExpr
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr
        || node instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr || node instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstSwitchStmt
        || node instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
  }
}
