package dev.cfscale.analysis.code;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.facts.code.FetchTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a {@code fetch(url, init)} call says: the URL's host when its leading part is written out
 * (a literal, a template or concatenation starting with one, or a constant holding one), and the keys
 * of the init object (written inline or in a variable initialised with an object literal).
 */
final class FetchTargets {
  private static final Pattern HOST = Pattern.compile("^(?:https?|wss?)://([A-Za-z0-9.-]+)(?=[/:?#]|$)");
  private static final int MAX_DEPTH = 8;
  /** The scheme a URL whose host is a value must write for that host to count as external (http:// is often a local or internal address). */
  private static final String SECURE_SCHEME = "https://";

  private FetchTargets() {}

  /** The leading text of a string expression and whether it is the whole string. */
  private record Lead(String text, boolean complete) {
    static final Lead NONE = new Lead("", false);
  }

  /** What {@code fetch(args)} says; {@code ownUrl} when it fetches the incoming request's own URL. */
  static FetchTarget of(List<ISwc4jAst> args, FunctionUnit unit, Evaluator evaluator, boolean ownUrl) {
    Optional<String> host = args.isEmpty() ? Optional.empty() : host(lead(args.get(0), unit, evaluator, 0));
    List<String> keys = new ArrayList<>();
    boolean opaque = false;
    boolean cached = false;
    boolean forwards = false;
    Optional<Swc4jAstObjectLit> init = args.size() > 1 ? objectLiteral(args.get(1), unit) : Optional.empty();
    if (args.size() > 1) {
      opaque = init.isEmpty() || !keys(init.get(), keys);
      cached = init.isPresent() && DataCache.servesStoredCopy(init.get());
      forwards = init.isPresent() && forwardsRequestBody(init.get());
    } else if (!args.isEmpty() && Ast.unwrap(args.get(0)) instanceof Swc4jAstNewExpr n
        && Ast.identifier(n.getCallee()).filter("Request"::equals).isPresent()) {
      opaque = true; // fetch(new Request(url, init)): the init is the Request's
    }
    boolean credential = args.stream().limit(2).anyMatch(a -> Credentials.carried(a, unit, evaluator));
    boolean clientChosen = host.isEmpty() && !args.isEmpty() && leadsWithClientInput(args.get(0), unit, evaluator, 0);
    Optional<String> runtimeHost = host.isEmpty() && !clientChosen && !ownUrl && !args.isEmpty()
        ? runtimeHost(args.get(0), unit, evaluator, 0) : Optional.empty();
    return new FetchTarget(host, keys, opaque, armsTimeout(unit), cached, credential, forwards, clientChosen,
        Teardowns.ends(args, init), credential && FreeApis.freeToCall(host), ownUrl && ImageResizingFetches.guardedTransform(unit),
        runtimeHost);
  }

  /**
   * The URL's leading part is what the client sent: {@code body.url}, {@code `${body.url}/x`}, {@code body.base + path},
   * {@code new URL(body.url)} (a relative URL over a base of the code's own is not).
   */
  private static boolean leadsWithClientInput(ISwc4jAst raw, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (node instanceof Swc4jAstTpl t) {
      boolean leadsWithExpression = !t.getExprs().isEmpty() && (t.getQuasis().isEmpty() || t.getQuasis().get(0).getRaw().isEmpty());
      return leadsWithExpression && leadsWithClientInput(t.getExprs().get(0), unit, evaluator, depth + 1);
    }
    if (node instanceof Swc4jAstBinExpr b && b.getOp().getName().equals("+")) {
      return leadsWithClientInput(b.getLeft(), unit, evaluator, depth + 1);
    }
    if (node instanceof Swc4jAstNewExpr n && Ast.identifier(n.getCallee()).filter("URL"::equals).isPresent()) {
      List<ISwc4jAst> args = n.getArgs().map(a -> a.stream().map(x -> (ISwc4jAst) x.getExpr()).toList()).orElse(List.of());
      return args.size() == 1 && leadsWithClientInput(args.get(0), unit, evaluator, depth + 1);
    }
    if (node instanceof Swc4jAstIdent id && unit.wholeVariable(id.getSym())
        .filter(v -> leadsWithClientInput(v.init(), v.scope(), evaluator, depth + 1)).isPresent()) {
      return true; // const target = new URL(body.url)
    }
    return evaluator.eval(node, unit) instanceof Value.ClientInput;
  }

  /**
   * The URL writes {@code https://} and takes its host from a value ({@code `https://${sentryHost}/api/...`},
   * {@code "https://" + env.API_HOST + "/v1"}, through a local holding either): the source text of that value. Not when
   * the value is the incoming request's own host (a call to itself) or what the client sent (read as client-chosen).
   */
  private static Optional<String> runtimeHost(ISwc4jAst raw, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Optional<ISwc4jAst> hostPart = Optional.empty();
    if (node instanceof Swc4jAstTpl t && !t.getExprs().isEmpty() && !t.getQuasis().isEmpty()
        && t.getQuasis().get(0).getRaw().equals(SECURE_SCHEME)) {
      hostPart = Optional.of(t.getExprs().get(0));
    } else if (node instanceof Swc4jAstBinExpr b && b.getOp().getName().equals("+")) {
      ISwc4jAst left = Ast.unwrap(b.getLeft());
      if (left instanceof Swc4jAstStr str && str.getValue().equals(SECURE_SCHEME)) {
        hostPart = Optional.of(b.getRight());
      } else {
        return runtimeHost(left, unit, evaluator, depth + 1);
      }
    } else if (node instanceof Swc4jAstNewExpr n && Ast.identifier(n.getCallee()).filter("URL"::equals).isPresent()) {
      List<ISwc4jAst> args = n.getArgs().map(a -> a.stream().map(x -> (ISwc4jAst) x.getExpr()).toList()).orElse(List.of());
      return args.isEmpty() ? Optional.empty() : runtimeHost(args.get(args.size() - 1), unit, evaluator, depth + 1);
    } else if (node instanceof Swc4jAstIdent id) {
      return unit.wholeVariable(id.getSym()).flatMap(v -> runtimeHost(v.init(), v.scope(), evaluator, depth + 1));
    }
    return hostPart.filter(h -> {
      Value v = evaluator.eval(h, unit);
      return !(v instanceof Value.RequestOrigin || v instanceof Value.RequestUrl);
    }).map(h -> unit.module().text(Ast.unwrap(h)));
  }

  /** {@code { body: request.body }} (or Hono's {@code c.req.raw.body}): the incoming request's body streams on to the origin. */
  private static boolean forwardsRequestBody(Swc4jAstObjectLit init) {
    return init.getProps().stream().anyMatch(p -> p instanceof Swc4jAstKeyValueProp kv
        && Ast.name(kv.getKey()).filter("body"::equals).isPresent()
        && Ast.unwrap(kv.getValue()) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("body"::equals).isPresent()
        && isIncomingRequest(Ast.unwrap(m.getObj())));
  }

  private static boolean isIncomingRequest(ISwc4jAst node) {
    if (node instanceof Swc4jAstMemberExpr raw && Ast.propName(raw).filter("raw"::equals).isPresent()) {
      return MemberReads.isRequestLike(Ast.unwrap(raw.getObj()));
    }
    return MemberReads.isRequestLike(node);
  }

  private static Optional<String> host(Lead lead) {
    Matcher m = HOST.matcher(lead.text());
    if (!m.find()) {
      return Optional.empty();
    }
    boolean terminated = m.end() < lead.text().length() || lead.complete();
    return terminated ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  private static Lead lead(ISwc4jAst raw, FunctionUnit unit, Evaluator evaluator, int depth) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (depth > MAX_DEPTH) {
      return Lead.NONE;
    }
    if (node instanceof Swc4jAstStr s) {
      return new Lead(s.getValue(), true);
    }
    if (node instanceof Swc4jAstTpl t) {
      String first = t.getQuasis().isEmpty() ? "" : t.getQuasis().get(0).getRaw();
      if (t.getExprs().isEmpty()) {
        return new Lead(first, true);
      }
      if (!first.isEmpty()) {
        return new Lead(first, false);
      }
      // `${base}/path`: a constant base is followed by the next literal part, which ends its host
      Lead base = lead(t.getExprs().get(0), unit, evaluator, depth + 1);
      String next = base.complete() && t.getQuasis().size() > 1 ? t.getQuasis().get(1).getRaw() : "";
      return new Lead(base.text() + next, false);
    }
    if (node instanceof Swc4jAstBinExpr b && b.getOp().getName().equals("+")) {
      Lead left = lead(b.getLeft(), unit, evaluator, depth + 1);
      if (!left.complete()) {
        return left;
      }
      Lead right = lead(b.getRight(), unit, evaluator, depth + 1);
      return new Lead(left.text() + right.text(), right.complete());
    }
    if (node instanceof Swc4jAstNewExpr n && Ast.identifier(n.getCallee()).filter("URL"::equals).isPresent()) {
      List<ISwc4jAst> args = n.getArgs().map(a -> a.stream().map(x -> (ISwc4jAst) x.getExpr()).toList()).orElse(List.of());
      // new URL(path, base): the base names the host; new URL(absolute) its own
      return args.size() > 1 ? new Lead(lead(args.get(1), unit, evaluator, depth + 1).text(), false)
          : args.isEmpty() ? Lead.NONE : new Lead(lead(args.get(0), unit, evaluator, depth + 1).text(), false);
    }
    if (node instanceof Swc4jAstIdent id) {
      Optional<Declaration.Variable> v = unit.wholeVariable(id.getSym());
      if (v.isPresent()) {
        return lead(v.get().init(), v.get().scope(), evaluator, depth + 1);
      }
    }
    if (node instanceof Swc4jAstIdent || node instanceof Swc4jAstMemberExpr) {
      return evaluator.eval(node, unit) instanceof Value.Text text ? new Lead(text.text(), true) : Lead.NONE;
    }
    return Lead.NONE;
  }

  private static Optional<Swc4jAstObjectLit> objectLiteral(ISwc4jAst raw, FunctionUnit unit) {
    ISwc4jAst node = Ast.unwrap(raw);
    if (node instanceof Swc4jAstObjectLit o) {
      return Optional.of(o);
    }
    return Ast.identifier(node).flatMap(unit::wholeVariable).map(v -> Ast.unwrap(v.init()))
        .filter(Swc4jAstObjectLit.class::isInstance).map(Swc4jAstObjectLit.class::cast);
  }

  /** Adds the written keys of {@code o}; false when a spread or computed key hides some. */
  private static boolean keys(Swc4jAstObjectLit o, List<String> out) {
    boolean complete = true;
    for (ISwc4jAst prop : o.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).isPresent()) {
        out.add(Ast.name(kv.getKey()).get());
      } else if (prop instanceof Swc4jAstIdent shorthand) {
        out.add(shorthand.getSym());
      } else {
        complete = false;
      }
    }
    return complete;
  }

  /**
   * The function races the call against a timer ({@code Promise.race}, {@code Promise.any}). An abort signal bounds a
   * fetch only when it reaches it: the init's {@code signal} (read as an init key) or an init the analysis cannot read.
   * An {@code AbortController}, {@code AbortSignal.timeout} or {@code setTimeout} in the function whose signal this
   * fetch does not carry (a controller armed for another call, or made and never passed on) bounds nothing.
   */
  private static boolean armsTimeout(FunctionUnit unit) {
    for (ISwc4jAst node : unit.ownNodes()) {
      Optional<Ast.Call> call = Ast.call(node);
      if (call.isPresent() && call.get().unwrappedCallee() instanceof Swc4jAstMemberExpr m
          && Ast.identifier(m.getObj()).filter("Promise"::equals).isPresent()
          && Ast.propName(m).filter(p -> p.equals("race") || p.equals("any")).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
