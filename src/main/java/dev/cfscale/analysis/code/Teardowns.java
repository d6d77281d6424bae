package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code fetch} to an API ends or removes something rather than creating it: sent with method
 * {@code DELETE}, or to a URL whose last path segment is a teardown verb ({@code .../adapters/websocket/close},
 * {@code .../sessions/${id}/stop}). Such a call, even on the owner's key, frees what an earlier call made: a caller
 * repeating it spends nothing.
 */
final class Teardowns {
  private static final Set<String> VERBS = Set.of("close", "delete", "remove", "cancel", "stop", "unpublish", "revoke",
      "disconnect", "destroy", "end", "terminate", "release");

  private Teardowns() {}

  static boolean ends(List<ISwc4jAst> args, Optional<Swc4jAstObjectLit> init) {
    return init.filter(Teardowns::deletes).isPresent() || (!args.isEmpty() && lastSegment(args.get(0)).filter(VERBS::contains).isPresent());
  }

  private static boolean deletes(Swc4jAstObjectLit init) {
    return init.getProps().stream().anyMatch(p -> p instanceof Swc4jAstKeyValueProp kv
        && Ast.name(kv.getKey()).filter("method"::equals).isPresent()
        && Ast.unwrap(kv.getValue()) instanceof Swc4jAstStr s && s.getValue().equalsIgnoreCase("DELETE"));
  }

  /** The URL's last path segment when the code writes it literally at the end ({@code `${base}/close`}, {@code base + "/close"}). */
  private static Optional<String> lastSegment(ISwc4jAst raw) {
    ISwc4jAst node = Ast.unwrap(raw);
    String tail;
    if (node instanceof Swc4jAstStr s) {
      tail = s.getValue();
    } else if (node instanceof Swc4jAstTpl t && !t.getQuasis().isEmpty()) {
      tail = t.getQuasis().get(t.getQuasis().size() - 1).getRaw();
    } else if (node instanceof Swc4jAstBinExpr b && b.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp.Add) {
      return lastSegment(b.getRight());
    } else {
      return Optional.empty();
    }
    int query = tail.indexOf('?');
    String path = query >= 0 ? tail.substring(0, query) : tail;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(path.substring(slash + 1).toLowerCase(Locale.ROOT));
  }
}
