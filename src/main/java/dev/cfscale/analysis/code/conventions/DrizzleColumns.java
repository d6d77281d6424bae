package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Drizzle column builder ({@code text("email_address").notNull().unique()}): the column name in the
 * innermost call's first argument, its SQLite type from the builder function, and the constraints
 * chained on it.
 */
final class DrizzleColumns {
  private DrizzleColumns() {}

  /** What one builder declares. */
  record Column(Optional<String> name, String type, boolean primaryKey, boolean unique) {}

  /** The column name written in the builder, if any ({@code text()} without one uses the property name). */
  static Optional<String> name(ISwc4jAst builder) {
    return of(builder).flatMap(Column::name);
  }

  /** The builder read as a column, when it is a chain of calls ending in a plain function. */
  static Optional<Column> of(ISwc4jAst builder) {
    List<String> chained = new ArrayList<>();
    ISwc4jAst node = Ast.unwrap(builder);
    while (node instanceof Swc4jAstCallExpr call) {
      ISwc4jAst callee = Ast.unwrap(call.getCallee());
      if (callee instanceof Swc4jAstIdent fn) {
        Optional<String> name = call.getArgs().isEmpty() ? Optional.empty()
            : Optional.of(Ast.unwrap(call.getArgs().get(0).getExpr())).filter(Swc4jAstStr.class::isInstance)
                .map(s -> ((Swc4jAstStr) s).getValue());
        return Optional.of(new Column(name, type(fn.getSym()), chained.contains("primaryKey"), chained.contains("unique")));
      }
      if (!(callee instanceof Swc4jAstMemberExpr m)) {
        return Optional.empty();
      }
      Ast.propName(m).ifPresent(chained::add);
      node = Ast.unwrap(m.getObj());
    }
    return Optional.empty();
  }

  /** SQLite's type affinity for a sqlite-core builder ({@code integer}, {@code text}, {@code real}, {@code blob}, {@code numeric}). */
  private static String type(String builder) {
    return switch (builder) {
      case "integer", "int" -> "INTEGER";
      case "real" -> "REAL";
      case "blob" -> "BLOB";
      case "numeric" -> "NUMERIC";
      default -> "TEXT";
    };
  }
}
