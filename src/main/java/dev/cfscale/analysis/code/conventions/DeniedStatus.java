package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import java.util.Locale;
import java.util.Set;

/**
 * An HTTP status that refuses the caller, as code writes it: the number ({@code 401}, {@code 403}) or a named constant
 * of a status table ({@code StatusCodes.UNAUTHORIZED} of http-status-codes, {@code HttpStatus.FORBIDDEN},
 * {@code Status.Unauthorized}), which reads the same to a reviewer.
 */
final class DeniedStatus {
  private static final Set<Double> CODES = Set.of(401.0, 403.0);
  private static final Set<String> NAMES = Set.of("unauthorized", "forbidden");

  private DeniedStatus() {}

  /** True for the number 401 or 403 as written ({@code status: 401}). */
  static boolean isCode(Swc4jAstNumber number) {
    return CODES.contains(number.getValue());
  }

  /** True for a 401/403 number or a status table's {@code UNAUTHORIZED}/{@code FORBIDDEN} member. */
  static boolean is(ISwc4jAst node) {
    if (node instanceof Swc4jAstNumber number) {
      return isCode(number);
    }
    // only a member of a table: a bare identifier named Unauthorized is as often an error class or a component
    return node instanceof Swc4jAstMemberExpr member && Ast.propName(member)
        .filter(name -> NAMES.contains(name.toLowerCase(Locale.ROOT))).isPresent();
  }
}
