package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.parse.sql.SchemaStatements;
import java.util.Optional;

/**
 * An app's own migrations written out as a list of SQL texts and run one by one at start-up: {@code for (const sql of
 * SCHEMA) await db.prepare(sql).run()}, most texts creating tables and indexes or adding columns (a backfill
 * {@code UPDATE} among them). The loop runs once per text of the code, whatever the data: setup, not per-item work.
 */
final class MigrationLists {
  private MigrationLists() {}

  /** True when {@code iterated} is (a {@code const} holding) a written-out list of SQL texts, at least half of them schema statements. */
  static boolean is(ISwc4jAst iterated, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(iterated);
    if (n instanceof Swc4jAstIdent id) {
      n = unit.wholeVariable(id.getSym()).map(v -> Ast.unwrap(v.init())).orElse(n);
    }
    if (!(n instanceof Swc4jAstArrayLit list) || list.getElems().isEmpty()) {
      return false;
    }
    int schema = 0;
    for (var e : list.getElems()) {
      Optional<String> head = e.isEmpty() || e.get().getSpread().isPresent() ? Optional.empty() : leadingText(e.get().getExpr());
      if (head.isEmpty()) {
        return false;
      }
      schema += SchemaStatements.changesSchema(head.get()) ? 1 : 0;
    }
    return schema * 2 >= list.getElems().size();
  }

  /** The text a constant string starts with: a literal, a template without interpolations, or the left end of {@code 'a' + 'b'}. */
  private static Optional<String> leadingText(ISwc4jAst raw) {
    ISwc4jAst n = Ast.unwrap(raw);
    if (n instanceof Swc4jAstStr s) {
      return Optional.of(s.getValue());
    }
    if (n instanceof Swc4jAstTpl t && t.getExprs().isEmpty()) {
      return Optional.of(t.getQuasis().get(0).getCooked().orElse(t.getQuasis().get(0).getRaw()));
    }
    if (n instanceof Swc4jAstBinExpr b && b.getOp() == Swc4jAstBinaryOp.Add && constant(b.getRight())) {
      return leadingText(b.getLeft());
    }
    return Optional.empty();
  }

  private static boolean constant(ISwc4jAst raw) {
    ISwc4jAst n = Ast.unwrap(raw);
    return n instanceof Swc4jAstStr || n instanceof Swc4jAstTpl t && t.getExprs().isEmpty()
        || n instanceof Swc4jAstBinExpr b && b.getOp() == Swc4jAstBinaryOp.Add && constant(b.getLeft()) && constant(b.getRight());
  }
}
