package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;

/**
 * Reads a {@code fetch} init that asks a framework's data cache for a stored copy: {@code cache: "force-cache"}, or
 * Next.js's {@code next: { revalidate: 60 }} (a positive number of seconds). Next.js (and OpenNext on Workers) then
 * answers from its incremental cache and fetches the origin once per revalidation, not once per request.
 * See https://nextjs.org/docs/app/api-reference/functions/fetch.
 */
final class DataCache {
  private DataCache() {}

  static boolean servesStoredCopy(Swc4jAstObjectLit init) {
    return Ast.keyValue(init, "cache").map(Ast::unwrap).filter(v -> v instanceof Swc4jAstStr s && s.getValue().equals("force-cache")).isPresent()
        || Ast.keyValue(init, "next").map(Ast::unwrap).filter(v -> v instanceof Swc4jAstObjectLit next && revalidates(next)).isPresent();
  }

  private static boolean revalidates(Swc4jAstObjectLit next) {
    return Ast.keyValue(next, "revalidate").map(Ast::unwrap).filter(v -> v instanceof Swc4jAstNumber n && n.getValue() > 0).isPresent();
  }
}
