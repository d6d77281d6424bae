package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL a Kysely chain sends: {@code selectFrom("t as a")} with {@code select}/{@code selectAll}, joins
 * ({@code innerJoin("u", "u.id", "t.user_id")}), {@code where(column, operator, value)} and {@code whereRef},
 * {@code orderBy}, {@code groupBy}, {@code limit}/{@code offset}; {@code updateTable(t).set({...})},
 * {@code deleteFrom(t)}, {@code insertInto(t).values({...})} with its conflict handling. Values become {@code ?}; callbacks ({@code where((eb) => ...)})
 * and anything else not modelled yield nothing.
 */
final class KyselySql {
  private static final Set<String> OPERATORS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=", "like", "not like", "in", "not in", "is",
      "is not", "glob");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.]*(?:\\s+as\\s+\\w+)?(?:\\s+(?:asc|desc))?", Pattern.CASE_INSENSITIVE);
  private Optional<ISwc4jAst> uncappedLimit = Optional.empty();

  /** Thrown when the chain uses something this translation does not model. */
  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** The last chain's LIMIT value, when it is taken from the request with no cap. */
  Optional<ISwc4jAst> uncappedLimit() {
    return uncappedLimit;
  }

  Optional<String> of(BuilderChain chain, String start, FunctionUnit unit) {
    try {
      String table = name(BuilderChain.arg(chain.start(), 0));
      return Optional.of(switch (start) {
        case "selectFrom" -> select(chain, table, unit);
        case "updateTable" -> "UPDATE " + table + " SET " + assignments(chain) + where(chain, unit);
        case "deleteFrom" -> "DELETE FROM " + table + where(chain, unit);
        default -> insert(chain, start, table.split("\\s+")[0]);
      });
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /**
   * {@code insertInto(t).values({ a, b })} as {@code INSERT INTO t (a, b) VALUES (?, ?)}, keeping what tells a keyed record
   * from an appended row: {@code replaceInto}/{@code orReplace()} and an {@code onConflict} that updates
   * ({@code oc.column("k").doUpdateSet(...)}) keep one row per key ({@code INSERT OR REPLACE}), {@code orIgnore()} and
   * {@code doNothing()} still add a row per new key.
   */
  private static String insert(BuilderChain chain, String start, String table) {
    Optional<Swc4jAstCallExpr> conflict = chain.first("onConflict");
    boolean updates = conflict.filter(c -> Ast.contains(c, n -> n instanceof Swc4jAstMemberExpr m
        && Ast.propName(m).filter("doUpdateSet"::equals).isPresent())).isPresent();
    String verb = start.equals("replaceInto") || chain.first("orReplace").isPresent() || updates ? "INSERT OR REPLACE INTO "
        : chain.first("orIgnore").isPresent() ? "INSERT OR IGNORE INTO " : "INSERT INTO ";
    List<String> columns = chain.first("values").map(KyselySql::insertedColumns).orElse(List.of());
    String values = columns.isEmpty() ? " DEFAULT VALUES"
        : " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    return verb + table + values + (conflict.isPresent() && !updates ? " ON CONFLICT DO NOTHING" : "");
  }

  /** The keys of the row {@code values(...)} writes in place (the first of a literal list); none for a row built elsewhere. */
  private static List<String> insertedColumns(Swc4jAstCallExpr values) {
    ISwc4jAst row = BuilderChain.arg(values, 0).map(Ast::unwrap).orElse(null);
    if (row instanceof Swc4jAstArrayLit rows && !rows.getElems().isEmpty()
        && rows.getElems().get(0).filter(e -> e.getSpread().isEmpty()).isPresent()) {
      row = Ast.unwrap(rows.getElems().get(0).get().getExpr());
    }
    List<String> out = new ArrayList<>();
    if (row instanceof Swc4jAstObjectLit object) {
      for (ISwc4jAst prop : object.getProps()) {
        Optional<String> key = prop instanceof Swc4jAstKeyValueProp kv ? Ast.name(kv.getKey())
            : prop instanceof Swc4jAstIdent shorthand ? Optional.of(shorthand.getSym()) : Optional.empty();
        if (key.isEmpty()) {
          return List.of(); // a spread: the columns are not all named here
        }
        out.add(key.get());
      }
    }
    return out;
  }

  private String select(BuilderChain chain, String table, FunctionUnit unit) {
    List<String> columns = new ArrayList<>();
    for (Swc4jAstCallExpr step : chain.steps()) {
      switch (BuilderChain.method(step)) {
        case "selectAll" -> columns.add(BuilderChain.arg(step, 0).flatMap(BuilderChain::text).map(t -> t + ".*").orElse("*"));
        case "select" -> columns.addAll(selected(step));
        case "distinct", "distinctOn", "with", "union", "having", "orWhere", "$if", "$call" -> throw new Unsupported();
        default -> { }
      }
    }
    StringBuilder sql = new StringBuilder("SELECT ").append(columns.isEmpty() ? "*" : String.join(", ", columns)).append(" FROM ").append(table);
    for (Swc4jAstCallExpr step : chain.steps()) {
      String method = BuilderChain.method(step);
      if (method.equals("innerJoin") || method.equals("leftJoin")) {
        sql.append(method.equals("innerJoin") ? " JOIN " : " LEFT JOIN ").append(name(BuilderChain.arg(step, 0)));
        if (step.getArgs().size() < 3) {
          throw new Unsupported(); // a join callback ((join) => join.onRef(...))
        }
        sql.append(" ON ").append(name(BuilderChain.arg(step, 1))).append(" = ").append(name(BuilderChain.arg(step, 2)));
      }
    }
    sql.append(where(chain, unit));
    List<String> groups = names(chain.all("groupBy"));
    if (!groups.isEmpty()) {
      sql.append(" GROUP BY ").append(String.join(", ", groups));
    }
    List<String> order = new ArrayList<>();
    for (Swc4jAstCallExpr o : chain.all("orderBy")) {
      String column = name(BuilderChain.arg(o, 0));
      order.add(column + BuilderChain.arg(o, 1).flatMap(BuilderChain::text).map(d -> " " + d.toUpperCase(Locale.ROOT)).orElse(""));
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", order));
    }
    chain.first("limit").ifPresent(l -> {
      sql.append(" LIMIT ?");
      uncappedLimit = BuilderChain.arg(l, 0).filter(v -> RequestLimits.uncapped(v, unit));
    });
    chain.first("offset").ifPresent(o -> sql.append(" OFFSET ?"));
    return sql.toString();
  }

  /** {@code select("a")}, {@code select(["a", "t.b as c"])}; a count built with {@code fn.countAll()} is {@code count(*)}. */
  private static List<String> selected(Swc4jAstCallExpr step) {
    ISwc4jAst arg = BuilderChain.arg(step, 0).map(Ast::unwrap).orElseThrow(Unsupported::new);
    if (arg instanceof Swc4jAstArrayLit array) {
      List<String> out = new ArrayList<>();
      array.getElems().forEach(e -> out.add(name(e.map(x -> (ISwc4jAst) x.getExpr()))));
      return out;
    }
    if (BuilderChain.text(arg).isPresent()) {
      return List.of(name(Optional.of(arg)));
    }
    return List.of(callsCountAll(arg) ? "count(*)" : "NULL");
  }

  /** {@code (eb) => eb.fn.countAll().as("n")} or {@code db.fn.countAll().as("n")}. */
  private static boolean callsCountAll(ISwc4jAst node) {
    if (node instanceof Swc4jAstMemberExpr m && Ast.propName(m).filter("countAll"::equals).isPresent()) {
      return true;
    }
    for (ISwc4jAst child : node.getChildNodes()) {
      if (child != null && callsCountAll(child)) {
        return true;
      }
    }
    return false;
  }

  /** The chain's {@code where(column, op, value)} and {@code whereRef(a, op, b)} calls, ANDed. */
  private static String where(BuilderChain chain, FunctionUnit unit) {
    List<String> conditions = new ArrayList<>();
    for (Swc4jAstCallExpr step : chain.steps()) {
      String method = BuilderChain.method(step);
      if (method.equals("where") || method.equals("whereRef")) {
        if (step.getArgs().size() != 3) {
          throw new Unsupported(); // where((eb) => ...) or where(sql``)
        }
        String column = name(BuilderChain.arg(step, 0));
        String op = BuilderChain.arg(step, 1).flatMap(BuilderChain::text).map(o -> o.toLowerCase(Locale.ROOT))
            .filter(OPERATORS::contains).orElseThrow(Unsupported::new);
        ISwc4jAst value = BuilderChain.arg(step, 2).orElseThrow(Unsupported::new);
        String right = method.equals("whereRef") ? name(Optional.of(value))
            : op.endsWith("in") ? "(?)" : BoundValues.of(value, unit);
        conditions.add(column + " " + op.toUpperCase(Locale.ROOT) + " " + right);
      }
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static String assignments(BuilderChain chain) {
    Swc4jAstCallExpr set = chain.first("set").orElseThrow(Unsupported::new);
    if (!(BuilderChain.arg(set, 0).map(Ast::unwrap).orElse(null) instanceof Swc4jAstObjectLit values)) {
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
    if (out.isEmpty()) {
      throw new Unsupported();
    }
    return String.join(", ", out);
  }

  private static List<String> names(List<Swc4jAstCallExpr> calls) {
    List<String> out = new ArrayList<>();
    for (Swc4jAstCallExpr c : calls) {
      ISwc4jAst arg = BuilderChain.arg(c, 0).map(Ast::unwrap).orElseThrow(Unsupported::new);
      if (arg instanceof Swc4jAstArrayLit array) {
        array.getElems().forEach(e -> out.add(name(e.map(x -> (ISwc4jAst) x.getExpr()))));
      } else {
        out.add(name(Optional.of(arg)));
      }
    }
    return out;
  }

  /** A table or column named by a string ({@code "users as u"}, {@code "u.email"}, {@code "created_at desc"}). */
  private static String name(Optional<ISwc4jAst> node) {
    String text = node.flatMap(BuilderChain::text).map(String::trim).orElseThrow(Unsupported::new);
    if (!NAME.matcher(text).matches()) {
      throw new Unsupported();
    }
    return text;
  }
}
