package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.facts.code.EntryKind;
import dev.cfscale.facts.code.EntryPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nitro server middleware (Nuxt, SolidStart, Analog): every file of {@code server/middleware/} runs before each
 * server route of the same server folder (https://nuxt.com/docs/guide/directory-structure/server#server-middleware).
 * When its code checks the caller (a 401/403, a credential header, a session check), the routes under it are
 * guarded: every one of them, or, when the check only runs for paths starting with a prefix it names
 * ({@code if (event.path.startsWith("/api/") && token !== siteToken) throw createError({ status: 401 })}), the
 * routes under that prefix. A prefix tested with {@code !} is an exception to the check, not its scope.
 */
final class NitroMiddlewareGuards implements Convention {
  private static final String MIDDLEWARE = "server/middleware/";

  @Override
  public boolean guardsEntry(EntryPoint point, FunctionUnit unit, Evaluator evaluator) {
    if (point.kind() != EntryKind.ROUTE) {
      return false;
    }
    String file = point.location().file();
    Optional<String> routePath = routePath(file);
    if (routePath.isEmpty()) {
      return false;
    }
    String server = file.substring(0, file.indexOf("server/"));
    for (SourceModule module : evaluator.project().modules()) {
      String path = module.relativePath();
      if (!path.startsWith(server + MIDDLEWARE)) {
        continue;
      }
      for (FunctionUnit u : module.units()) {
        if (checksCaller(u, evaluator) && underScope(routePath.get(), prefixes(u))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The URL path a Nitro route file serves: {@code server/api/link/list.get.ts} serves {@code /api/link/list}. */
  private static Optional<String> routePath(String file) {
    int api = file.indexOf("server/api/");
    if (api >= 0) {
      return Optional.of("/api/" + file.substring(api + "server/api/".length()));
    }
    int routes = file.indexOf("server/routes/");
    return routes >= 0 ? Optional.of("/" + file.substring(routes + "server/routes/".length())) : Optional.empty();
  }

  private static boolean checksCaller(FunctionUnit unit, Evaluator evaluator) {
    return evaluator.project().conventions().stream().anyMatch(c -> c.guards(unit, evaluator));
  }

  private static boolean underScope(String routePath, List<String> prefixes) {
    return prefixes.isEmpty() || prefixes.stream().anyMatch(routePath::startsWith);
  }

  /** The path prefixes the middleware's own code tests with {@code startsWith} (not negated). */
  private static List<String> prefixes(FunctionUnit unit) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst node : unit.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isEmpty() || !(call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m)
          || Ast.propName(m).filter("startsWith"::equals).isEmpty() || call.get().args().isEmpty()
          || !(Ast.unwrap(call.get().args().get(0)) instanceof Swc4jAstStr prefix) || !prefix.getValue().startsWith("/")) {
        continue;
      }
      if (!negated(node)) {
        out.add(prefix.getValue());
      }
    }
    return out;
  }

  private static boolean negated(ISwc4jAst call) {
    for (ISwc4jAst p = call.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Swc4jAstUnaryExpr u && u.getOp() == Swc4jAstUnaryOp.Bang) {
        return true;
      }
      if (!(p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr)) {
        return false;
      }
    }
    return false;
  }
}
