package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL a workers-qb call sends. Conditions are SQL strings already ({@code "status = ?1"}); tables, fields, joins,
 * sort and group terms are strings, arrays or {@code { column: "DESC" }} objects. A {@code limit} is a bound value.
 */
final class WorkersQbSql {
  private Optional<ISwc4jAst> uncappedLimit = Optional.empty();

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** The query's limit value, when it is taken from the request with no cap. */
  Optional<ISwc4jAst> uncappedLimit() {
    return uncappedLimit;
  }

  Optional<String> of(BuilderChain chain, String method, FunctionUnit unit) {
    try {
      if (method.equals("select")) {
        return Optional.of(fluent(chain, unit));
      }
      ISwc4jAst options = BuilderChain.arg(chain.start(), 0).orElseThrow(Unsupported::new);
      String table = text(Kysely.property(Optional.of(options), "tableName"));
      String where = Kysely.property(Optional.of(options), "where").map(w -> " WHERE " + conditions(Kysely.property(Optional.of(w),
          "conditions").orElseThrow(Unsupported::new))).orElse("");
      return Optional.of(switch (method) {
        case "delete" -> "DELETE FROM " + table + where;
        case "insert" -> "INSERT INTO " + table + " DEFAULT VALUES";
        case "update" -> "UPDATE " + table + " SET " + assignments(Kysely.property(Optional.of(options), "data")) + where;
        default -> select(options, table, where, method.equals("fetchOne"), unit);
      });
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private String select(ISwc4jAst options, String table, String where, boolean one, FunctionUnit unit) {
    Optional<ISwc4jAst> o = Optional.of(options);
    StringBuilder sql = new StringBuilder("SELECT ").append(Kysely.property(o, "fields").map(WorkersQbSql::list).orElse("*"))
        .append(" FROM ").append(table);
    Kysely.property(o, "join").ifPresent(j -> sql.append(join(j)));
    sql.append(where);
    Kysely.property(o, "groupBy").ifPresent(g -> sql.append(" GROUP BY ").append(list(g)));
    Kysely.property(o, "orderBy").ifPresent(s -> sql.append(" ORDER BY ").append(order(s)));
    Optional<ISwc4jAst> limit = Kysely.property(o, "limit");
    if (one || limit.isPresent()) {
      sql.append(" LIMIT ?");
      uncappedLimit = one ? Optional.empty() : limit.filter(l -> RequestLimits.uncapped(l, unit));
    }
    Kysely.property(o, "offset").ifPresent(x -> sql.append(" OFFSET ?"));
    return sql.toString();
  }

  /** {@code qb.select("t").fields([...]).where("a = ?", x).join({...}).orderBy(...).limit(n).all()}. */
  private String fluent(BuilderChain chain, FunctionUnit unit) {
    String table = text(BuilderChain.arg(chain.start(), 0));
    String fields = chain.first("fields").flatMap(f -> BuilderChain.arg(f, 0)).map(WorkersQbSql::list).orElse("*");
    StringBuilder sql = new StringBuilder("SELECT ").append(chain.lastMethod().equals("count") ? "count(*)" : fields).append(" FROM ").append(table);
    chain.all("join").forEach(j -> sql.append(join(BuilderChain.arg(j, 0).orElseThrow(Unsupported::new))));
    List<String> conditions = new ArrayList<>();
    for (Swc4jAstCallExpr w : chain.all("where")) {
      conditions.add(conditions(BuilderChain.arg(w, 0).orElseThrow(Unsupported::new)));
    }
    if (!chain.all("orWhere").isEmpty() || !chain.all("having").isEmpty()) {
      throw new Unsupported();
    }
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    chain.first("groupBy").flatMap(g -> BuilderChain.arg(g, 0)).ifPresent(g -> sql.append(" GROUP BY ").append(list(g)));
    chain.first("orderBy").flatMap(s -> BuilderChain.arg(s, 0)).ifPresent(s -> sql.append(" ORDER BY ").append(order(s)));
    boolean one = chain.lastMethod().equals("one");
    Optional<Swc4jAstCallExpr> limit = chain.first("limit");
    if (one || limit.isPresent()) {
      sql.append(" LIMIT ?");
      uncappedLimit = one ? Optional.empty() : limit.flatMap(l -> BuilderChain.arg(l, 0)).filter(l -> RequestLimits.uncapped(l, unit));
    }
    chain.first("offset").ifPresent(x -> sql.append(" OFFSET ?"));
    return sql.toString();
  }

  /** A condition string, or an array of them (ANDed); workers-qb's {@code ?1} placeholders are valid SQLite. */
  private static String conditions(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstArrayLit array) {
      List<String> out = new ArrayList<>();
      array.getElems().forEach(e -> out.add("(" + text(e.map(x -> (ISwc4jAst) x.getExpr())) + ")"));
      return String.join(" AND ", out);
    }
    return "(" + text(Optional.of(n)) + ")";
  }

  /** {@code { table: "u", on: "u.id = t.user_id", type: "LEFT" }} (or an array of them). */
  private static String join(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstArrayLit array) {
      StringBuilder out = new StringBuilder();
      array.getElems().forEach(e -> out.append(join(e.orElseThrow(Unsupported::new).getExpr())));
      return out.toString();
    }
    Optional<ISwc4jAst> o = Optional.of(n);
    String type = Kysely.property(o, "type").flatMap(BuilderChain::text).map(t -> t.toUpperCase(Locale.ROOT) + " ").orElse("");
    return " " + type + "JOIN " + text(Kysely.property(o, "table")) + " ON " + text(Kysely.property(o, "on"));
  }

  /** {@code "created_at DESC"}, {@code ["a", "b"]} or {@code { created_at: "DESC" }}. */
  private static String order(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstObjectLit object) {
      List<String> out = new ArrayList<>();
      for (ISwc4jAst prop : object.getProps()) {
        if (!(prop instanceof Swc4jAstKeyValueProp kv) || Ast.name(kv.getKey()).isEmpty()) {
          throw new Unsupported();
        }
        out.add(Ast.name(kv.getKey()).get() + " " + BuilderChain.text(kv.getValue()).orElseThrow(Unsupported::new).toUpperCase(Locale.ROOT));
      }
      return String.join(", ", out);
    }
    return list(n);
  }

  private static String list(ISwc4jAst node) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstArrayLit array) {
      List<String> out = new ArrayList<>();
      array.getElems().forEach(e -> out.add(text(e.map(x -> (ISwc4jAst) x.getExpr()))));
      return String.join(", ", out);
    }
    return text(Optional.of(n));
  }

  private static String assignments(Optional<ISwc4jAst> data) {
    if (data.isEmpty() || !(Ast.unwrap(data.get()) instanceof Swc4jAstObjectLit values)) {
      throw new Unsupported();
    }
    List<String> out = new ArrayList<>();
    for (ISwc4jAst prop : values.getProps()) {
      String key = prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey()).orElseThrow(Unsupported::new)
          : prop instanceof Swc4jAstIdent shorthand ? shorthand.getSym() : null;
      if (key == null) {
        throw new Unsupported();
      }
      out.add(key + " = ?");
    }
    return String.join(", ", out);
  }

  private static String text(Optional<ISwc4jAst> node) {
    return node.flatMap(BuilderChain::text).orElseThrow(Unsupported::new);
  }
}
