package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Workers code checks its caller in its own body (the Fetch API and HTTP, no framework): it answers
 * 401 or 403, reads a credential header ({@code Authorization}, {@code Cookie}, an API-key or signature header),
 * calls a check named for what it checks ({@code requireAuth}, {@code verifyKey}, {@code getSession},
 * {@code validateTurnstile}, {@code crypto.subtle.verify}), asks a rate-limit binding ({@code env.LIMITER.limit({ key })})
 * or posts to Turnstile's siteverify. A refusal that only compares the {@code Origin} header ({@link OriginChecks}) is not a
 * check of the caller. Presence is enough: a check that exists is taken to protect what follows
 * (precision first: the rule that reads this stays quiet rather than accuse guarded code).
 */
final class RequestAuthChecks implements Convention {
  private static final Pattern GUARD_CALL = Pattern.compile(
      "^(verify|authenticate|authori[sz]e).*|.*auth(?!or).*|^(require|validate|ensure|verify)\\w*(session|user)$|^get(server|user)session$"
          + "|.*(signature|jwt|turnstile|captcha|ratelimit|permission).*|^(is|has)(admin|authorized|allowed|access)\\w*",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> AUTH_HEADERS = Set.of("authorization", "cookie", "x-api-key", "api-key", "cf-access-jwt-assertion",
      "x-signature-ed25519", "stripe-signature", "x-hub-signature-256", "x-hub-signature", "x-telegram-bot-api-secret-token",
      "x-auth-token", "x-webhook-secret", "svix-signature", "webhook-signature", "x-slack-signature");
  private static final Set<String> HEADER_READS = Set.of("get", "has", "header");
  private static final Set<Double> DENIED = Set.of(401.0, 403.0);
  private static final String TURNSTILE = "challenges.cloudflare.com/turnstile";

  @Override
  public boolean guards(FunctionUnit unit, Evaluator evaluator) {
    for (ISwc4jAst node : unit.ownNodes()) {
      if (node instanceof Swc4jAstNumber n && DENIED.contains(n.getValue()) && !OriginChecks.onlyRefusesOtherPages(n, unit)) {
        return true;
      }
      if (node instanceof Swc4jAstStr s && s.getValue().contains(TURNSTILE)) {
        return true;
      }
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isPresent() && checksCaller(call.get(), unit, evaluator)) {
        return true;
      }
    }
    return false;
  }

  /** True when a function or middleware is named for a check of its caller ({@code requireAuth}, {@code bearerAuth}, {@code verifyKey}). */
  static boolean guardName(String name) {
    return GUARD_CALL.matcher(name).matches();
  }

  /** True for a read of a credential header ({@code request.headers.get("Authorization")}, {@code c.req.header("x-api-key")}). */
  static boolean readsCredentialHeader(Ast.Call call) {
    return readsHeader(call, HEADER_READS, AUTH_HEADERS);
  }

  /** True for {@code <reads>("<header>")} ({@code headers.get("Origin")}, {@code c.req.header("x-api-key")}), names in lower case. */
  static boolean readsHeader(Ast.Call call, Set<String> reads, Set<String> headers) {
    ISwc4jAst callee = call.unwrappedCallee();
    Optional<String> name = callee instanceof Swc4jAstMemberExpr m ? Ast.propName(m) : Ast.identifier(callee);
    List<ISwc4jAst> args = call.args();
    return name.filter(reads::contains).isPresent() && !args.isEmpty() && Ast.unwrap(args.get(0)) instanceof Swc4jAstStr header
        && headers.contains(header.getValue().toLowerCase(Locale.ROOT));
  }

  private static boolean checksCaller(Ast.Call call, FunctionUnit unit, Evaluator evaluator) {
    ISwc4jAst callee = call.unwrappedCallee();
    Optional<String> name = callee instanceof Swc4jAstMemberExpr m ? Ast.propName(m) : Ast.identifier(callee);
    if (name.isEmpty()) {
      return false;
    }
    if (guardName(name.get())) {
      return true;
    }
    if (readsCredentialHeader(call)) {
      return true;
    }
    return name.get().equals("limit") && callee instanceof Swc4jAstMemberExpr m
        && evaluator.eval(m.getObj(), unit) instanceof Value.Binding b
        && (b.type() == BindingType.RATE_LIMIT || b.type() == BindingType.UNSAFE);
  }
}
