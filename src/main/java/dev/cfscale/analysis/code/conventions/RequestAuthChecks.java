package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Convention;
import dev.cfscale.analysis.code.Evaluator;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.analysis.code.RefusalResults;
import dev.cfscale.analysis.code.SourceModule;
import dev.cfscale.analysis.code.Value;
import dev.cfscale.facts.config.BindingType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Workers code checks its caller in its own body (the Fetch API and HTTP, no framework): it answers
 * 401 or 403 (or 429, a throttle of its own), reads a credential header ({@code Authorization}, {@code Cookie}, an API-key or signature header),
 * redirects to the sign-in page ({@code context.redirect("/login")}),
 * calls a check named for what it checks ({@code requireAuth}, {@code verifyKey}, {@code getSession},
 * {@code validateTurnstile}, {@code crypto.subtle.verify}), asks a rate-limit binding ({@code env.LIMITER.limit({ key })})
 * or posts to Turnstile's siteverify. A refusal that only compares the {@code Origin} header ({@link OriginChecks}) is not a
 * check of the caller. A call of a project helper that answers 401/403 itself counts when the caller hands its refusal
 * back ({@code if (member instanceof Response) return member}, {@link RefusalResults}). Presence is enough: a check that exists is taken to protect what follows
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
  /** HTTP 429 Too Many Requests: what a throttle of the caller answers (a KV, Durable Object or cache counter). */
  private static final double THROTTLED = 429;
  private static final String TURNSTILE = "challenges.cloudflare.com/turnstile";

  @Override
  public boolean guards(FunctionUnit unit, Evaluator evaluator) {
    if (unit.module().derived(OWN_CODE_CHECKS, RequestAuthChecks::ownCodeChecks).contains(unit)) {
      return true;
    }
    for (ISwc4jAst node : unit.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isPresent() && (checksCaller(call.get(), unit, evaluator) || asksRefusingHelper(call.get(), unit, evaluator))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A project helper that refuses with 401/403, asked so that its refusal stops the caller: returned
   * ({@code const member = await memberOr401(request); if (member instanceof Response) return member;}) or thrown
   * ({@code await verifyOperator(c);} as a statement, whose own code throws {@code new HTTPException(403)}), unless the
   * caller catches it.
   */
  private static boolean asksRefusingHelper(Ast.Call call, FunctionUnit unit, Evaluator evaluator) {
    // the shape of the call first (syntax only): every call of every function on an open path is asked
    boolean returned = RefusalResults.returnedEarly(call.node(), unit);
    // a check called for its exception is a plain function call (await confirmOperator(c);): statements such as
    // app.get(...) or console.log(...) are not evaluated
    boolean thrown = !returned && call.unwrappedCallee() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent
        && RefusalResults.resultUnused(call.node()) && !insideTry(call.node(), unit);
    if (!returned && !thrown) {
      return false;
    }
    if (!(evaluator.eval(call.callee(), unit) instanceof Value.Function helper) || helper.unit() == unit
        || !helper.unit().module().derived(OWN_CODE_CHECKS, RequestAuthChecks::ownCodeChecks).contains(helper.unit())) {
      return false;
    }
    return returned || helper.unit().module().derived(THROWN_REFUSALS, RequestAuthChecks::thrownRefusals).contains(helper.unit());
  }

  /** Per module, computed once: {@link #thrownRefusals}. */
  private static final Object THROWN_REFUSALS = new Object();

  /** The module's functions whose own code throws a 401/403 ({@code throw new HTTPException(401)}, {@code throw createError({ status: 403 })}). */
  private static Set<FunctionUnit> thrownRefusals(SourceModule module) {
    Set<FunctionUnit> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (FunctionUnit unit : module.units()) {
      if (unit.ownCodeHas(unit.node(), n -> n instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstThrowStmt thrown
          && unit.ownCodeHas(thrown, DeniedStatus::is))) {
        out.add(unit);
      }
    }
    return out;
  }

  /** The call sits in the block of a {@code try} of the caller's own code: what it throws may be caught there. */
  private static boolean insideTry(ISwc4jAst call, FunctionUnit unit) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null && p != unit.node(); child = p, p = p.getParent()) {
      if (p instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstTryStmt attempt && attempt.getBlock() == child) {
        return true;
      }
    }
    return false;
  }

  /** Per module, computed once and shared by every Worker that reaches it: {@link #ownCodeChecks}. */
  private static final Object OWN_CODE_CHECKS = new Object();

  /**
   * The module's functions whose own code answers 401/403 or posts to Turnstile: read from the syntax tree alone, so
   * each module is walked once per run, not once per Worker and function asked.
   */
  private static Set<FunctionUnit> ownCodeChecks(SourceModule module) {
    Set<FunctionUnit> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (FunctionUnit unit : module.units()) {
      if (unit.ownCodeHas(unit.node(), n -> refusal(n, unit) || n instanceof Swc4jAstStr str && str.getValue().contains(TURNSTILE)
          || redirectsToLogin(n))) {
        out.add(unit);
      }
    }
    return out;
  }

  /** A sign-in page's path: {@code /login}, {@code /signin}, {@code /sign-in}, {@code /auth/login?next=...}. */
  private static final Pattern LOGIN_PATH = Pattern.compile("^/((auth|account|admin)/)?(log-?in|sign-?in)([/?#].*)?$",
      Pattern.CASE_INSENSITIVE);

  /**
   * A redirect to the sign-in page ({@code context.redirect("/login")}, {@code Response.redirect(new URL("/signin",
   * url))}, {@code throw redirect(`/login?next=${path}`)}): the web app's way to refuse a caller with no session, as an
   * API answers 401.
   */
  private static boolean redirectsToLogin(ISwc4jAst node) {
    Optional<Ast.Call> call = Ast.call(node);
    return call.isPresent() && Ast.calleeName(call.get().unwrappedCallee()).filter("redirect"::equals).isPresent()
        && call.get().args().stream().anyMatch(RequestAuthChecks::namesLoginPath) && whenMissing(node);
  }

  /**
   * The call sits in the branch of {@code if (!session)} ({@code if (!user && path.startsWith(..))}, {@code if (user ==
   * null)}): taken when something is missing. A sign-up that sends the new user to the sign-in page afterwards is no check.
   */
  private static boolean whenMissing(ISwc4jAst call) {
    ISwc4jAst child = call;
    for (ISwc4jAst p = call.getParent(); p != null; child = p, p = p.getParent()) {
      if (p instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstIfStmt branch) {
        return child == branch.getCons() && Ast.contains(branch.getTest(), t -> t instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr u
            && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang
            || t instanceof com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNull);
      }
      if (p instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr || p instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction) {
        return false; // the function's own body holds no such branch
      }
    }
    return false;
  }

  private static boolean namesLoginPath(ISwc4jAst arg) {
    ISwc4jAst a = Ast.unwrap(arg);
    if (a instanceof Swc4jAstStr str) {
      return LOGIN_PATH.matcher(str.getValue()).matches();
    }
    if (a instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl tpl && !tpl.getQuasis().isEmpty()) {
      var first = tpl.getQuasis().get(0);
      return LOGIN_PATH.matcher(first.getCooked().orElse(first.getRaw())).matches();
    }
    // Response.redirect(new URL("/login", request.url))
    return a instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr n && n.getArgs().filter(args -> !args.isEmpty()
        && Ast.unwrap(args.get(0).getExpr()) instanceof Swc4jAstStr str && LOGIN_PATH.matcher(str.getValue()).matches()).isPresent();
  }

  /**
   * A 401 or 403 the function's own code answers ({@code new Response(.., { status: 401 })}, {@code c.json(.., 403)},
   * {@code throw new HTTPException(401)}, {@code { status: StatusCodes.UNAUTHORIZED }}) or a 429 it throttles with, not only
   * to pages of other sites.
   */
  private static boolean refusal(ISwc4jAst node, FunctionUnit unit) {
    return (DeniedStatus.is(node) || node instanceof Swc4jAstNumber number && throttles(number))
        && !OriginChecks.onlyRefusesOtherPages(node, unit);
  }

  /**
   * A 429 the function answers with ({@code new Response("slow down", { status: 429 })}, {@code c.json(.., 429)}): a rate
   * limit of its own, however it counts. A 429 compared with ({@code if (res.status === 429)}) is an upstream's limit, not one
   * on the caller.
   */
  private static boolean throttles(Swc4jAstNumber number) {
    if (number.getValue() != THROTTLED) {
      return false;
    }
    ISwc4jAst parent = number.getParent();
    if (parent instanceof com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp kv) {
      return Ast.name(kv.getKey()).filter("status"::equals).isPresent();
    }
    return parent instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread arg
        && (arg.getParent() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr
            || arg.getParent() instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr);
  }

  /** True when a function or middleware is named for a check of its caller ({@code requireAuth}, {@code bearerAuth}, {@code verifyKey}). */
  static boolean guardName(String name) {
    Boolean known = GUARD_NAMES.get(name);
    if (known == null) {
      known = GUARD_CALL.matcher(name).matches();
      if (GUARD_NAMES.size() < GUARD_NAMES_KEPT) {
        GUARD_NAMES.put(name, known);
      }
    }
    return known;
  }

  /**
   * Answers of {@link #guardName} by name: asked for every call of every function on an open path, of a few
   * thousand distinct names (get, json, push...); the pattern is the costly part. Bounded: names are the project's.
   */
  private static final java.util.Map<String, Boolean> GUARD_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int GUARD_NAMES_KEPT = 50_000;

  /** True for a read of a credential header ({@code request.headers.get("Authorization")}, {@code c.req.header("x-api-key")}). */
  static boolean readsCredentialHeader(Ast.Call call) {
    return readsHeader(call, HEADER_READS, AUTH_HEADERS);
  }

  /** True for {@code <reads>("<header>")} ({@code headers.get("Origin")}, {@code c.req.header("x-api-key")}), names in lower case. */
  static boolean readsHeader(Ast.Call call, Set<String> reads, Set<String> headers) {
    ISwc4jAst callee = call.unwrappedCallee();
    Optional<String> name = Ast.calleeName(callee);
    List<ISwc4jAst> args = call.args();
    return name.filter(reads::contains).isPresent() && !args.isEmpty() && Ast.unwrap(args.get(0)) instanceof Swc4jAstStr header
        && headers.contains(header.getValue().toLowerCase(Locale.ROOT));
  }

  private static boolean checksCaller(Ast.Call call, FunctionUnit unit, Evaluator evaluator) {
    ISwc4jAst callee = call.unwrappedCallee();
    Optional<String> name = Ast.calleeName(callee);
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
