package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import dev.cfscale.facts.code.CallOptions;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a query's LIMIT value comes from the request's query string with no upper bound: a caller can ask for
 * {@code limit=100000} and get the whole table. Recognised sources: h3/Nitro {@code getQuery(event)} and
 * {@code getValidatedQuery(event, schema)} (a zod property with {@code .max(...)} is capped), Hono
 * {@code c.req.query("limit")}, and {@code url.searchParams.get("limit")}, also through {@code Number()} or
 * {@code parseInt()}. {@code Math.min(...)} caps it; anything else is not claimed.
 */
final class RequestLimits {
  private static final Set<String> QUERY_READERS = Set.of("getQuery", "getValidatedQuery", "useQuery");
  private static final Set<String> NUMBER_PARSERS = Set.of("Number", "parseInt", "parseFloat");
  private static final int MAX_HOPS = 4;

  private RequestLimits() {}

  /** {@code options} marked with where an uncapped LIMIT value is written, when there is one. */
  static CallOptions mark(CallOptions options, Optional<ISwc4jAst> uncappedLimit, FunctionUnit unit) {
    return uncappedLimit.map(v -> options.withUncappedLimit(Ast.location(unit, v))).orElse(options);
  }

  /** True when {@code limit} is read from the query string and nothing caps it. */
  static boolean uncapped(ISwc4jAst limit, FunctionUnit unit) {
    return uncapped(limit, unit, 0);
  }

  private static boolean uncapped(ISwc4jAst node, FunctionUnit unit, int hops) {
    ISwc4jAst n = Ast.unwrap(node);
    if (hops > MAX_HOPS) {
      return false;
    }
    if (n instanceof Swc4jAstIdent id) {
      return DrizzleExpressions.variable(id, unit).map(v -> uncapped(v.init(), v.scope(), hops + 1)).orElse(false);
    }
    if (n instanceof Swc4jAstCallExpr call) {
      if (Ast.identifier(call.getCallee()).filter(NUMBER_PARSERS::contains).isPresent() && !call.getArgs().isEmpty()) {
        return uncapped(call.getArgs().get(0).getExpr(), unit, hops + 1);
      }
      return isQueryParameterRead(call); // c.req.query("limit"), url.searchParams.get("limit")
    }
    if (n instanceof Swc4jAstMemberExpr m && Ast.propName(m).isPresent()) {
      return fromQueryObject(m.getObj(), Ast.propName(m).get(), unit, hops);
    }
    if (n instanceof com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr b && Set.of("??", "||").contains(b.getOp().getName())) {
      return uncapped(b.getLeft(), unit, hops + 1); // c.req.query("limit") ?? 20: the default does not cap what is asked for
    }
    return false;
  }

  /** {@code query.limit} where {@code query} holds what a query-string reader returned. */
  private static boolean fromQueryObject(ISwc4jAst obj, String property, FunctionUnit unit, int hops) {
    if (!(Ast.unwrap(obj) instanceof Swc4jAstIdent id)) {
      return false;
    }
    Optional<Declaration.Variable> v = DrizzleExpressions.variable(id, unit);
    if (v.isEmpty()) {
      return false;
    }
    ISwc4jAst init = Ast.unwrap(v.get().init());
    if (init instanceof Swc4jAstAwaitExpr await) {
      init = Ast.unwrap(await.getArg());
    }
    if (!(init instanceof Swc4jAstCallExpr reader)) {
      return false;
    }
    if (Ast.identifier(reader.getCallee()).filter(QUERY_READERS::contains).isPresent()) {
      return !schemaCaps(reader, property);
    }
    return isMember(reader.getCallee(), "req", "query") && reader.getArgs().isEmpty(); // const q = c.req.query()
  }

  /** A zod object passed to {@code getValidatedQuery(event, object({...}).parse)} whose property ends in {@code .max(...)}. */
  private static boolean schemaCaps(Swc4jAstCallExpr reader, String property) {
    if (reader.getArgs().size() < 2) {
      return false;
    }
    ISwc4jAst schema = Ast.unwrap(reader.getArgs().get(1).getExpr());
    if (schema instanceof Swc4jAstMemberExpr parse) {
      schema = Ast.unwrap(parse.getObj()); // object({...}).parse
    }
    if (!(schema instanceof Swc4jAstCallExpr object) || object.getArgs().isEmpty()
        || !(Ast.unwrap(object.getArgs().get(0).getExpr()) instanceof Swc4jAstObjectLit shape)) {
      return true; // a schema we cannot read: do not claim it is uncapped
    }
    for (ISwc4jAst prop : shape.getProps()) {
      if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).filter(property::equals).isPresent()) {
        return callsMethod(kv.getValue(), Set.of("max", "lte", "lt", "transform", "refine"));
      }
    }
    return true;
  }

  /** True when the chain {@code number().min(1).max(50)} calls one of {@code methods}. */
  private static boolean callsMethod(ISwc4jAst chain, Set<String> methods) {
    ISwc4jAst n = Ast.unwrap(chain);
    while (n instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstMemberExpr m) {
      if (Ast.propName(m).filter(methods::contains).isPresent()) {
        return true;
      }
      n = Ast.unwrap(m.getObj());
    }
    return false;
  }

  /** {@code c.req.query("limit")} or {@code url.searchParams.get("limit")}. */
  private static boolean isQueryParameterRead(Swc4jAstCallExpr call) {
    return !call.getArgs().isEmpty() && (isMember(call.getCallee(), "req", "query") || isMember(call.getCallee(), "searchParams", "get"));
  }

  private static boolean isMember(ISwc4jAst callee, String object, String method) {
    return Ast.unwrap(callee) instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter(method::equals).isPresent()
        && Ast.unwrap(m.getObj()) instanceof Swc4jAstMemberExpr inner && Ast.propName(inner).filter(object::equals).isPresent();
  }
}
