package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;

/** What a function hands back to its caller: {@code return this.db.prepare(sql).first()}, an arrow's expression body. */
final class ReturnedValues {
  private ReturnedValues() {}

  /** True when {@code node} is part of an expression {@code unit} returns (the call chain a repository method returns). */
  static boolean returns(FunctionUnit unit, ISwc4jAst node) {
    for (ISwc4jAst returned : unit.returned()) {
      if (Ast.contains(returned, n -> n == node)) {
        return true;
      }
    }
    return false;
  }
}
