package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstBool;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL a Prisma model query sends to D1: {@code findMany({ where: { status: "open", total: { gt: 10 }, title:
 * { contains: q } }, orderBy: { createdAt: "desc" }, take: 20, skip: 40, select: { id: true } })} and its kin
 * ({@code findFirst}/{@code findUnique} read one row, {@code count}, {@code update}, {@code delete}). Values become
 * {@code ?}; {@code contains}/{@code endsWith} are the leading-wildcard LIKE Prisma sends. Relation filters and
 * {@code include} are not modelled and yield nothing.
 */
final class PrismaSql {
  private static final Map<String, String> OPERATORS = Map.of("equals", "=", "not", "<>", "gt", ">", "gte", ">=", "lt", "<",
      "lte", "<=");
  private Optional<ISwc4jAst> uncappedLimit = Optional.empty();

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** The query's {@code take} value, when it is taken from the request with no cap. */
  Optional<ISwc4jAst> uncappedLimit() {
    return uncappedLimit;
  }

  Optional<String> of(Swc4jAstCallExpr call, String table, String method, FunctionUnit unit) {
    try {
      Map<String, ISwc4jAst> args = options(call);
      String where = args.containsKey("where") ? condition(args.get("where"), unit).map(c -> " WHERE " + c).orElse("") : "";
      String name = DrizzleExpressions.quote(table);
      return Optional.of(switch (method) {
        case "count" -> "SELECT count(*) FROM " + name + where;
        case "update", "updateMany", "upsert" -> "UPDATE " + name + " SET " + assignments(args.get("data")) + where;
        case "delete", "deleteMany" -> "DELETE FROM " + name + where;
        case "create", "createMany" -> "INSERT INTO " + name + " DEFAULT VALUES";
        default -> select(args, name, where, !method.equals("findMany"), unit);
      });
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private String select(Map<String, ISwc4jAst> args, String table, String where, boolean one, FunctionUnit unit) {
    if (args.containsKey("include") || args.containsKey("distinct") || args.containsKey("cursor")) {
      throw new Unsupported();
    }
    StringBuilder sql = new StringBuilder("SELECT ").append(columns(args.get("select"))).append(" FROM ").append(table).append(where);
    if (args.containsKey("orderBy")) {
      sql.append(" ORDER BY ").append(order(args.get("orderBy")));
    }
    if (one || args.containsKey("take")) {
      sql.append(" LIMIT ?");
      uncappedLimit = one ? Optional.empty() : Optional.ofNullable(args.get("take")).filter(v -> RequestLimits.uncapped(v, unit));
    }
    if (args.containsKey("skip")) {
      sql.append(" OFFSET ?");
    }
    return sql.toString();
  }

  /** A {@code where} object: field conditions ANDed, {@code AND}/{@code OR}/{@code NOT} combinators. */
  private Optional<String> condition(ISwc4jAst node, FunctionUnit unit) {
    Swc4jAstObjectLit where = object(node);
    List<String> parts = new ArrayList<>();
    for (ISwc4jAst prop : where.getProps()) {
      Entry e = entry(prop);
      switch (e.key()) {
        case "AND", "OR" -> {
          List<String> inner = new ArrayList<>();
          for (ISwc4jAst item : items(e.value())) {
            condition(item, unit).ifPresent(c -> inner.add("(" + c + ")"));
          }
          if (!inner.isEmpty()) {
            parts.add("(" + String.join(e.key().equals("AND") ? " AND " : " OR ", inner) + ")");
          }
        }
        case "NOT" -> condition(e.value(), unit).ifPresent(c -> parts.add("NOT (" + c + ")"));
        default -> parts.add(field(e.key(), e.value(), unit));
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", parts));
  }

  /** {@code status: "open"}, {@code total: { gt: 10, lte: 20 }}, {@code title: { contains: q }}, {@code id: { in: ids }}. */
  private static String field(String column, ISwc4jAst value, FunctionUnit unit) {
    String col = DrizzleExpressions.quote(column);
    ISwc4jAst v = Ast.unwrap(value);
    if (!(v instanceof Swc4jAstObjectLit filter)) {
      return v instanceof Swc4jAstIdent id && id.getSym().equals("null") ? col + " IS NULL" : col + " = ?";
    }
    List<String> parts = new ArrayList<>();
    for (ISwc4jAst prop : filter.getProps()) {
      Entry e = entry(prop);
      switch (e.key()) {
        case "in" -> parts.add(col + " IN (?)");
        case "notIn" -> parts.add(col + " NOT IN (?)");
        case "contains", "endsWith" -> parts.add(col + " LIKE ('%' || ?)");
        case "startsWith" -> parts.add(col + " LIKE ?");
        case "mode" -> { }
        default -> {
          if (!OPERATORS.containsKey(e.key())) {
            throw new Unsupported(); // a relation filter ({ some: ... }) or an operator not modelled
          }
          parts.add(col + " " + OPERATORS.get(e.key()) + " " + BoundValues.of(e.value(), unit));
        }
      }
    }
    if (parts.isEmpty()) {
      throw new Unsupported();
    }
    return String.join(" AND ", parts);
  }

  /** {@code { createdAt: "desc" }} or {@code [{ a: "asc" }, { b: "desc" }]}. */
  private static String order(ISwc4jAst node) {
    List<String> out = new ArrayList<>();
    for (ISwc4jAst item : Ast.unwrap(node) instanceof Swc4jAstArrayLit ? items(node) : List.of(node)) {
      for (ISwc4jAst prop : object(item).getProps()) {
        Entry e = entry(prop);
        String direction = BuilderChain.text(e.value()).map(d -> d.toLowerCase(Locale.ROOT)).orElseThrow(Unsupported::new);
        out.add(DrizzleExpressions.quote(e.key()) + (direction.equals("desc") ? " DESC" : ""));
      }
    }
    if (out.isEmpty()) {
      throw new Unsupported();
    }
    return String.join(", ", out);
  }

  /** {@code select: { id: true, email: true }} as a column list; no select reads every column. */
  private static String columns(ISwc4jAst select) {
    if (select == null) {
      return "*";
    }
    List<String> out = new ArrayList<>();
    for (ISwc4jAst prop : object(select).getProps()) {
      Entry e = entry(prop);
      if (Ast.unwrap(e.value()) instanceof Swc4jAstBool b && b.isValue()) {
        out.add(DrizzleExpressions.quote(e.key()));
      } else if (!(Ast.unwrap(e.value()) instanceof Swc4jAstBool)) {
        throw new Unsupported(); // a nested relation select
      }
    }
    return out.isEmpty() ? "*" : String.join(", ", out);
  }

  private static String assignments(ISwc4jAst data) {
    if (data == null) {
      throw new Unsupported();
    }
    List<String> out = new ArrayList<>();
    for (ISwc4jAst prop : object(data).getProps()) {
      out.add(DrizzleExpressions.quote(entry(prop).key()) + " = ?");
    }
    if (out.isEmpty()) {
      throw new Unsupported();
    }
    return String.join(", ", out);
  }

  /** The options object of the call, by key. */
  private static Map<String, ISwc4jAst> options(Swc4jAstCallExpr call) {
    Map<String, ISwc4jAst> out = new LinkedHashMap<>();
    if (call.getArgs().isEmpty()) {
      return out;
    }
    for (ISwc4jAst prop : object(BuilderChain.arg(call, 0).orElseThrow(Unsupported::new)).getProps()) {
      Entry e = entry(prop);
      out.put(e.key(), e.value());
    }
    return out;
  }

  private record Entry(String key, ISwc4jAst value) {}

  private static Entry entry(ISwc4jAst prop) {
    if (prop instanceof Swc4jAstKeyValueProp kv && Ast.name(kv.getKey()).isPresent()) {
      return new Entry(Ast.name(kv.getKey()).get(), kv.getValue());
    }
    if (prop instanceof Swc4jAstIdent shorthand) {
      return new Entry(shorthand.getSym(), shorthand);
    }
    throw new Unsupported(); // a spread ({ ...filters }) or a computed key
  }

  private static Swc4jAstObjectLit object(ISwc4jAst node) {
    if (Ast.unwrap(node) instanceof Swc4jAstObjectLit o) {
      return o;
    }
    throw new Unsupported();
  }

  private static List<ISwc4jAst> items(ISwc4jAst node) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstArrayLit array)) {
      throw new Unsupported();
    }
    List<ISwc4jAst> out = new ArrayList<>();
    array.getElems().forEach(e -> out.add(e.orElseThrow(Unsupported::new).getExpr()));
    return out;
  }
}
