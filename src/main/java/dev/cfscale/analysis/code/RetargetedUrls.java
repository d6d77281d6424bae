package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Optional;
import java.util.Set;

/**
 * A copy of the request's URL sent to another host: {@code const target = new URL(request.url); target.hostname =
 * origin.hostname; await fetch(target)}. A proxy keeps the path and query and changes where they go, so the fetch
 * leaves the Worker: it is no fetch of its own URL.
 */
final class RetargetedUrls {
  /** The parts of a URL whose assignment moves it to another host. */
  private static final Set<String> HOST_PARTS = Set.of("host", "hostname", "href", "origin");

  private RetargetedUrls() {}

  /** True when {@code url} (a variable, or its {@code href}/{@code toString()}) is given another host in {@code unit}. */
  static boolean retargeted(ISwc4jAst url, FunctionUnit unit) {
    Optional<String> name = variable(Ast.unwrap(url));
    return name.isPresent() && Ast.contains(unit.node(), n -> n instanceof Swc4jAstAssignExpr a
        && a.getLeft() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(HOST_PARTS::contains).isPresent()
        && Ast.identifier(m.getObj()).filter(name.get()::equals).isPresent());
  }

  private static Optional<String> variable(ISwc4jAst node) {
    if (node instanceof Swc4jAstIdent id) {
      return Optional.of(id.getSym());
    }
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("href"::equals).isPresent()) {
      return Ast.identifier(m.getObj());
    }
    return Ast.call(node).filter(c -> c.unwrappedCallee() instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("toString"::equals).isPresent())
        .flatMap(c -> Ast.identifier(((Swc4jAstMemberExpr) c.unwrappedCallee()).getObj()));
  }
}
