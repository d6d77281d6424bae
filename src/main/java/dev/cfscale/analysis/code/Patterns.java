package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstArrayPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstKeyValuePatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstObjectPat;
import java.util.ArrayList;
import java.util.List;

/**
 * Binding patterns: {@code const { DB, KV: cache } = env} declares DB with path [DB] and cache with
 * path [KV] into the initializer, so the evaluator can resolve them as {@code env.DB} and {@code env.KV}.
 */
final class Patterns {
  private Patterns() {}

  /** Declares the names a parameter binds: {@code env}, {@code { env }}, {@code { env: e }}, defaults. */
  static void declareParameter(ISwc4jAst pat, FunctionUnit unit, int index, List<String> path) {
    if (pat instanceof Swc4jAstBindingIdent b) {
      unit.declare(b.getId().getSym(), new Declaration.Parameter(unit, index, b.getId().getSym(), path));
    } else if (pat instanceof Swc4jAstAssignPat a) {
      declareParameter(a.getLeft(), unit, index, path);
    } else if (pat instanceof Swc4jAstObjectPat o) {
      for (ISwc4jAst prop : o.getProps()) {
        if (prop instanceof Swc4jAstKeyValuePatProp kv) {
          Ast.name(kv.getKey()).ifPresent(k -> declareParameter(kv.getValue(), unit, index, append(path, k)));
        } else if (prop instanceof Swc4jAstAssignPatProp ap) {
          String n = ap.getKey().getId().getSym();
          unit.declare(n, new Declaration.Parameter(unit, index, n, append(path, n)));
        }
      }
    }
  }

  /**
   * Declares the names a variable binds, each with the property path into its initializer; an array pattern's
   * elements and numeric keys ({@code const [client, server] = ...}, {@code const { 0: client } = ...}) by index.
   */
  static void declareVariable(ISwc4jAst pat, FunctionUnit unit, ISwc4jAst init, List<String> path) {
    if (pat instanceof Swc4jAstBindingIdent b) {
      Declaration.Variable v = new Declaration.Variable(init, unit, path);
      java.util.Optional<ISwc4jAst> block = blockOf(b, unit);
      if (block.isPresent()) {
        unit.declareInBlock(b.getId().getSym(), v, block.get());
      } else {
        unit.declare(b.getId().getSym(), v);
      }
    } else if (pat instanceof Swc4jAstAssignPat a) {
      declareVariable(a.getLeft(), unit, init, path);
    } else if (pat instanceof Swc4jAstArrayPat array) {
      List<java.util.Optional<com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstPat>> elements = array.getElems();
      for (int i = 0; i < elements.size(); i++) {
        String index = Integer.toString(i);
        elements.get(i).ifPresent(e -> declareVariable(e, unit, init, append(path, index)));
      }
    } else if (pat instanceof Swc4jAstObjectPat o) {
      for (ISwc4jAst prop : o.getProps()) {
        if (prop instanceof Swc4jAstKeyValuePatProp kv) {
          key(kv.getKey()).ifPresent(k -> declareVariable(kv.getValue(), unit, init, append(path, k)));
        } else if (prop instanceof Swc4jAstAssignPatProp ap) {
          String n = ap.getKey().getId().getSym();
          unit.declare(n, new Declaration.Variable(init, unit, append(path, n)));
        }
      }
    }
  }

  /**
   * The block a {@code const}/{@code let} binding is scoped to: the nearest enclosing block statement, switch case or
   * loop head within its function. Empty for {@code var} (function-scoped) and for a binding outside any statement list.
   */
  private static java.util.Optional<ISwc4jAst> blockOf(ISwc4jAst binding, FunctionUnit unit) {
    boolean blockScoped = false;
    for (ISwc4jAst n = binding.getParent(); n != null && n != unit.node(); n = n.getParent()) {
      if (n instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl decl) {
        blockScoped = decl.getKind() != com.caoccao.javet.swc4j.ast.enums.Swc4jAstVarDeclKind.Var;
      } else if (blockScoped && (n instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstBlockStmt
          || n instanceof com.caoccao.javet.swc4j.ast.miscs.Swc4jAstSwitchCase || n instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForOfStmt
          || n instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForInStmt || n instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstForStmt)) {
        return java.util.Optional.of(n);
      }
    }
    return java.util.Optional.empty();
  }

  /** A property key of a pattern: a name, or an index ({@code 0: client}). */
  private static java.util.Optional<String> key(ISwc4jAst node) {
    if (node instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber n && n.getValue() == Math.rint(n.getValue())) {
      return java.util.Optional.of(Integer.toString(n.asInt()));
    }
    return Ast.name(node);
  }

  private static List<String> append(List<String> path, String key) {
    List<String> out = new ArrayList<>(path);
    out.add(key);
    return out;
  }
}
