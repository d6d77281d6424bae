package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
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

  /** Declares the names a variable binds, each with the property path into its initializer. */
  static void declareVariable(ISwc4jAst pat, FunctionUnit unit, ISwc4jAst init, List<String> path) {
    if (pat instanceof Swc4jAstBindingIdent b) {
      unit.declare(b.getId().getSym(), new Declaration.Variable(init, unit, path));
    } else if (pat instanceof Swc4jAstAssignPat a) {
      declareVariable(a.getLeft(), unit, init, path);
    } else if (pat instanceof Swc4jAstObjectPat o) {
      for (ISwc4jAst prop : o.getProps()) {
        if (prop instanceof Swc4jAstKeyValuePatProp kv) {
          Ast.name(kv.getKey()).ifPresent(k -> declareVariable(kv.getValue(), unit, init, append(path, k)));
        } else if (prop instanceof Swc4jAstAssignPatProp ap) {
          String n = ap.getKey().getId().getSym();
          unit.declare(n, new Declaration.Variable(init, unit, append(path, n)));
        }
      }
    }
  }

  private static List<String> append(List<String> path, String key) {
    List<String> out = new ArrayList<>(path);
    out.add(key);
    return out;
  }
}
