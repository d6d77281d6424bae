package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import java.util.List;
import java.util.Optional;

/**
 * The grants of workers-oauth-provider ({@code env.OAUTH_PROVIDER.completeAuthorization({ userId, ... })}): a token is
 * only as good as the login that names its user. A demo's login page that grants whatever user the form names
 * ({@code userId: email} from the posted body) or one fixed user ({@code userId: "demo-user"}) gives a token to
 * anyone who asks, so the OAuth in front of the API keeps nobody out. A grant to a user an upstream provider vouched
 * for ({@code userId: user.id} after a code exchange, {@code claims.sub}) is a real login.
 */
final class OAuthGrants {
  private static final Object GRANTS = new Object();

  private OAuthGrants() {}

  /** True when the Worker grants tokens and every grant names a user the caller chose or a fixed one. */
  static boolean grantAnyone(Evaluator evaluator) {
    boolean any = false;
    for (SourceModule module : evaluator.project().modules()) {
      for (Swc4jAstCallExpr grant : module.<List<Swc4jAstCallExpr>>derived(GRANTS, OAuthGrants::grants)) {
        Optional<ISwc4jAst> user = userId(grant);
        if (user.isEmpty() || !chosenByAnyone(user.get(), module, grant, evaluator)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** {@code x.completeAuthorization({...})} calls of the module. */
  private static List<Swc4jAstCallExpr> grants(SourceModule module) {
    return module.calls().stream().filter(c -> Ast.unwrap(c.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("completeAuthorization"::equals).isPresent() && !c.getArgs().isEmpty()).toList();
  }

  private static Optional<ISwc4jAst> userId(Swc4jAstCallExpr grant) {
    if (!(Ast.unwrap(grant.getArgs().get(0).getExpr()) instanceof Swc4jAstObjectLit o)) {
      return Optional.empty();
    }
    for (ISwc4jAst prop : o.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter("userId"::equals).isPresent()) {
        return Optional.of(kv.getValue());
      }
      if (prop instanceof Swc4jAstIdent shorthand && shorthand.getSym().equals("userId")) {
        return Optional.of(shorthand);
      }
    }
    return Optional.empty();
  }

  /** A constant, or what the client sent. */
  private static boolean chosenByAnyone(ISwc4jAst user, SourceModule module, Swc4jAstCallExpr grant, Evaluator evaluator) {
    Value v = evaluator.eval(user, module.unitHolding(grant));
    return v instanceof Value.Text || v instanceof Value.ClientInput;
  }
}
