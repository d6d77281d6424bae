package dev.cfscale.analysis.code.conventions;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCondExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTaggedTpl;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import dev.cfscale.analysis.code.Ast;
import dev.cfscale.analysis.code.Declaration;
import dev.cfscale.analysis.code.FunctionUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drizzle's SQL expressions as the SQL they render: conditions ({@code and(eq(t.a, x), like(t.b, `%${q}%`))},
 * filters collected in an array and spread into {@code and(...filters)}), {@code sql`...`} fragments, sort
 * terms and selected fields, over the tables of one query ({@link Scope}). Values become {@code ?}; a
 * pattern that starts with {@code %} becomes {@code ('%' || ?)} so the leading wildcard stays visible.
 * Anything not modelled throws {@link Unsupported}: no SQL is better than a wrong plan.
 */
final class DrizzleExpressions {
  private static final Map<String, String> COMPARISONS = Map.of("eq", "=", "ne", "<>", "gt", ">", "gte", ">=", "lt", "<",
      "lte", "<=");
  private static final Map<String, String> PATTERNS = Map.of("like", "LIKE", "ilike", "LIKE", "notLike", "NOT LIKE",
      "notIlike", "NOT LIKE");
  private static final Map<String, String> AGGREGATES = Map.of("count", "count", "sum", "sum", "avg", "avg", "min", "min",
      "max", "max", "countDistinct", "count", "sumDistinct", "sum", "avgDistinct", "avg");
  /** Drizzle functions that take a subquery argument: a builder chain passed to them is not executed on its own. */
  static final Set<String> SUBQUERY_TAKERS = Set.of("inArray", "notInArray", "exists", "notExists", "eq", "ne", "gt", "gte", "lt",
      "lte");
  private static final Pattern SUBQUERY = Pattern.compile("\\bselect\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of("order", "group", "by", "select", "from", "where", "table", "index", "key",
      "values", "limit", "offset", "join", "default", "check", "references", "transaction", "to", "in", "is", "as");
  private static final int MAX_DEPTH = 12;

  private final DrizzleTables tables;
  private final DrizzleValues values;
  private int depth;
  /** Whether an order chosen by a conditional ({@code sort === "top" ? desc(t.score) : desc(t.at)}) takes its second branch. */
  private boolean secondOrder;
  /** Whether the last translation met an order chosen by a conditional. */
  private boolean choseOrder;

  DrizzleExpressions(DrizzleTables tables) {
    this.tables = tables;
    this.values = new DrizzleValues(tables.evaluator());
  }

  /** Follows the second branch of each order chosen by a conditional, for a second translation of the query. */
  void followSecondOrder() {
    secondOrder = true;
  }

  /** True when an order chosen by a conditional was met: the query sends one of two orders. */
  boolean choseOrder() {
    return choseOrder;
  }

  /** Where the parts of a query named through variables, parameters and helpers are written. */
  DrizzleValues values() {
    return values;
  }

  /** Thrown when an expression uses something the translation does not model. */
  static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** The tables one query reads (FROM, then JOINs) and the callback parameters that stand for them. */
  static final class Scope {
    private final List<DrizzleTables.Table> tables = new ArrayList<>();
    private final Map<String, DrizzleTables.Table> aliases = new LinkedHashMap<>();

    Scope(DrizzleTables.Table from) {
      tables.add(from);
    }

    /** A raw statement's scope ({@code db.all(sql`...`)}): it names its tables itself, so its columns say whose they are. */
    Scope() {}

    void join(DrizzleTables.Table table) {
      if (tables.stream().anyMatch(t -> t.declaration() == table.declaration())) {
        throw new Unsupported(); // a self-join needs aliases
      }
      tables.add(table);
    }

    void alias(String parameter, DrizzleTables.Table table) {
      aliases.put(parameter, table);
    }

    DrizzleTables.Table from() {
      return tables.get(0);
    }

    Optional<DrizzleTables.Table> byDeclaration(ISwc4jAst declaration) {
      return tables.stream().filter(t -> t.declaration() == declaration).findFirst();
    }

    /** A column as written in this query's SQL: qualified with its table when the query reads several. */
    String column(DrizzleTables.Table table, String column) {
      return tables.size() > 1 ? quote(table.name()) + "." + quote(column) : quote(column);
    }
  }

  /** A table or column name, quoted only when SQLite needs it. */
  static String quote(String name) {
    return PLAIN_NAME.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? name
        : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** The condition {@code node} renders, or empty when it renders none ({@code undefined}, {@code and()} of nothing). */
  Optional<String> condition(ISwc4jAst node, Scope scope, FunctionUnit unit) {
    if (++depth > MAX_DEPTH) {
      throw new Unsupported();
    }
    try {
      return conditionOf(Ast.unwrap(node), scope, unit);
    } finally {
      depth--;
    }
  }

  private Optional<String> conditionOf(ISwc4jAst n, Scope scope, FunctionUnit unit) {
    if (n instanceof Swc4jAstIdent id) {
      if (id.getSym().equals("undefined")) {
        return Optional.empty();
      }
      // const where = and(...filters), or the where a caller passes
      DrizzleValues.Written w = values.of(id, unit).orElseThrow(Unsupported::new);
      return condition(w.node(), scope, w.unit());
    }
    if (n instanceof Swc4jAstTaggedTpl tagged) {
      return Optional.of(fragment(tagged, scope, unit));
    }
    if (n instanceof Swc4jAstCondExpr cond) {
      return condition(cond.getCons(), scope, unit); // the first alternative is the one the code names first
    }
    Optional<Optional<String>> helper = values.returned(n, unit, w -> condition(w.node(), scope, w.unit()));
    if (helper.isPresent()) {
      return helper.get(); // this.combine(filters): the condition the helper builds
    }
    if (!(n instanceof Swc4jAstCallExpr call) || !(Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent fn)) {
      throw new Unsupported();
    }
    String name = fn.getSym();
    if (name.equals("and") || name.equals("or")) {
      List<String> parts = new ArrayList<>();
      for (DrizzleValues.Written part : DrizzleArrays.arguments(call, unit, values)) {
        condition(part.node(), scope, part.unit()).ifPresent(p -> parts.add("(" + p + ")"));
      }
      return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(name.equals("and") ? " AND " : " OR ", parts));
    }
    if (name.equals("not")) {
      return condition(arg(call, 0), scope, unit).map(c -> "NOT (" + c + ")");
    }
    String left = operand(arg(call, 0), scope, unit);
    if (COMPARISONS.containsKey(name)) {
      return Optional.of(left + " " + COMPARISONS.get(name) + " " + operand(arg(call, 1), scope, unit));
    }
    if (PATTERNS.containsKey(name)) {
      return Optional.of(left + " " + PATTERNS.get(name) + " " + value(arg(call, 1), unit));
    }
    return Optional.of(switch (name) {
      case "inArray" -> left + " IN (?)";
      case "notInArray" -> left + " NOT IN (?)";
      case "isNull" -> left + " IS NULL";
      case "isNotNull" -> left + " IS NOT NULL";
      case "between" -> left + " BETWEEN ? AND ?";
      case "notBetween" -> left + " NOT BETWEEN ? AND ?";
      default -> throw new Unsupported();
    });
  }

  /** A column, a {@code sql} fragment, or a value ({@code ?}; a subquery builder also stands as one value here). */
  String operand(ISwc4jAst node, Scope scope, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstTaggedTpl tagged) {
      return fragment(tagged, scope, unit);
    }
    Optional<String> column = column(n, scope, unit);
    return column.orElseGet(() -> value(n, unit));
  }

  /**
   * {@code t.col} as its SQL column when {@code t} is a table of the query (or a callback parameter standing
   * for one); empty for anything that is not a table's column; Unsupported for a column of a table outside the query.
   */
  Optional<String> column(ISwc4jAst node, Scope scope, FunctionUnit unit) {
    if (!(Ast.unwrap(node) instanceof Swc4jAstMemberExpr m)) {
      return Optional.empty();
    }
    Optional<DrizzleTables.Table> table = Ast.identifier(m.getObj()).map(scope.aliases::get);
    if (table.isEmpty()) {
      Optional<ISwc4jAst> declaration = tables.declaration(m.getObj(), unit);
      if (declaration.isEmpty()) {
        return Optional.empty();
      }
      table = Optional.of(scope.byDeclaration(declaration.get()).orElseThrow(Unsupported::new));
    }
    DrizzleTables.Table t = table.get();
    String column = Ast.propName(m).map(p -> t.columns().get(p)).orElseThrow(Unsupported::new);
    return Optional.of(scope.column(t, column));
  }

  /** A bound value: {@code ?}, or {@code ('%' || ?)} when it is a pattern that starts with a wildcard. */
  String value(ISwc4jAst node, FunctionUnit unit) {
    return BoundValues.of(node, unit);
  }

  /**
   * A {@code sql`...`} fragment: its text with each interpolation rendered (a column, a table name, a nested
   * fragment, {@code sql.raw("...")}, or a bound value).
   */
  String fragment(Swc4jAstTaggedTpl tagged, Scope scope, FunctionUnit unit) {
    if (Ast.identifier(tagged.getTag()).filter("sql"::equals).isEmpty()) {
      throw new Unsupported();
    }
    if (++depth > MAX_DEPTH) {
      throw new Unsupported();
    }
    try {
      Swc4jAstTpl tpl = tagged.getTpl();
      // a subquery names its own table: a column of the outer query must say whose it is, as Drizzle writes it
      boolean subquery = tpl.getQuasis().stream().anyMatch(q -> SUBQUERY.matcher(q.getRaw()).find());
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < tpl.getQuasis().size(); i++) {
        out.append(tpl.getQuasis().get(i).getCooked().orElse(tpl.getQuasis().get(i).getRaw()));
        if (i < tpl.getExprs().size()) {
          out.append(interpolation(tpl.getExprs().get(i), scope, unit, subquery));
        }
      }
      return out.toString().trim();
    } finally {
      depth--;
    }
  }

  private String interpolation(ISwc4jAst expr, Scope scope, FunctionUnit unit, boolean subquery) {
    ISwc4jAst n = Ast.unwrap(expr);
    if (n instanceof Swc4jAstIdent id) {
      Optional<String> held = heldFragment(id, scope, unit); // const likes = sql`(SELECT ...)`, then sql`${likes} DESC`
      if (held.isPresent()) {
        return held.get();
      }
    }
    if (n instanceof Swc4jAstTaggedTpl nested) {
      return fragment(nested, scope, unit);
    }
    if (n instanceof Swc4jAstCallExpr raw && Ast.unwrap(raw.getCallee()) instanceof Swc4jAstMemberExpr m
        && Ast.identifier(m.getObj()).filter("sql"::equals).isPresent() && Ast.propName(m).filter("raw"::equals).isPresent()) {
      if (Ast.unwrap(arg(raw, 0)) instanceof Swc4jAstStr s) {
        return s.getValue();
      }
      throw new Unsupported();
    }
    Optional<String> column = subqueryColumn(n, unit, subquery, scope).or(() -> column(n, scope, unit));
    if (column.isPresent()) {
      return column.get();
    }
    // a table of the query, or the one a subquery reads (FROM ${likes})
    Optional<DrizzleTables.Table> table = tables.declaration(n, unit).flatMap(DrizzleTables::tableOf);
    return table.map(t -> quote(t.name())).orElseGet(() -> value(n, unit));
  }

  /** The fragment a {@code const} holds ({@code const likes = sql`...`}), rendered, when {@code id} names one. */
  private Optional<String> heldFragment(Swc4jAstIdent id, Scope scope, FunctionUnit unit) {
    return values.of(id, unit).filter(w -> Ast.unwrap(w.node()) instanceof Swc4jAstTaggedTpl)
        .map(w -> fragment((Swc4jAstTaggedTpl) Ast.unwrap(w.node()), scope, w.unit()));
  }

  /**
   * A column in a {@code sql} fragment, written {@code table.column} as Drizzle renders it, when the fragment has a
   * subquery ({@code subquery}) or the column's table is not one the query reads (the subquery's own).
   */
  private Optional<String> subqueryColumn(ISwc4jAst node, FunctionUnit unit, boolean subquery, Scope scope) {
    if (!(node instanceof Swc4jAstMemberExpr m) || Ast.identifier(m.getObj()).map(scope.aliases::get).isPresent()) {
      return Optional.empty();
    }
    Optional<DrizzleTables.Table> table = tables.declaration(m.getObj(), unit).flatMap(DrizzleTables::tableOf);
    if (table.isEmpty() || (!subquery && scope.byDeclaration(table.get().declaration()).isPresent())) {
      return Optional.empty();
    }
    String column = Ast.propName(m).map(p -> table.get().columns().get(p)).orElseThrow(Unsupported::new);
    return Optional.of(quote(table.get().name()) + "." + quote(column));
  }

  /** One sort term: {@code desc(t.a)}, {@code asc(t.a)}, a column, or a {@code sql} fragment. */
  String orderTerm(ISwc4jAst term, Scope scope, FunctionUnit unit) {
    ISwc4jAst t = Ast.unwrap(term);
    if (t instanceof Swc4jAstIdent id) {
      DrizzleValues.Written w = values.of(id, unit).orElseThrow(Unsupported::new);
      return orderTerm(w.node(), scope, w.unit());
    }
    if (t instanceof Swc4jAstCondExpr cond) {
      choseOrder = true; // sort === "popular" ? ranking : newest: each order is a query of its own
      return orderTerm(secondOrder ? cond.getAlt() : cond.getCons(), scope, unit);
    }
    if (t instanceof Swc4jAstCallExpr dir && Ast.unwrap(dir.getCallee()) instanceof Swc4jAstIdent fn
        && (fn.getSym().equals("asc") || fn.getSym().equals("desc"))) {
      return operandOrFail(arg(dir, 0), scope, unit) + (fn.getSym().equals("desc") ? " DESC" : "");
    }
    return operandOrFail(t, scope, unit);
  }

  private String operandOrFail(ISwc4jAst node, Scope scope, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstTaggedTpl tagged) {
      return fragment(tagged, scope, unit);
    }
    Optional<String> aggregate = aggregate(n, scope, unit); // orderBy(desc(count(comments.id))): a ranking by an aggregate
    if (aggregate.isPresent()) {
      return aggregate.get();
    }
    return column(n, scope, unit).orElseThrow(Unsupported::new);
  }

  /** {@code count()}, {@code countDistinct(t.a)}, {@code sum(t.b)}... as SQL, when {@code n} is a call of one. */
  private Optional<String> aggregate(ISwc4jAst n, Scope scope, FunctionUnit unit) {
    if (n instanceof Swc4jAstCallExpr call && Ast.unwrap(call.getCallee()) instanceof Swc4jAstIdent fn
        && AGGREGATES.containsKey(fn.getSym())) {
      String distinct = fn.getSym().endsWith("Distinct") ? "DISTINCT " : "";
      return Optional.of(AGGREGATES.get(fn.getSym()) + "(" + distinct + (call.getArgs().isEmpty() ? "*" : operandOrFail(arg(call, 0), scope, unit)) + ")");
    }
    return Optional.empty();
  }

  /**
   * One selected field: a column, a whole table ({@code { app: schema.apps }} selects all of its columns),
   * an aggregate ({@code count()}, {@code countDistinct(t.a)}), or a {@code sql} fragment; NULL for anything
   * else, which the planner does not need.
   */
  String field(ISwc4jAst node, Scope scope, FunctionUnit unit) {
    ISwc4jAst n = Ast.unwrap(node);
    if (n instanceof Swc4jAstTaggedTpl tagged) {
      return fragment(tagged, scope, unit);
    }
    if (n instanceof Swc4jAstIdent id) {
      Optional<String> held = heldFragment(id, scope, unit); // const likeCount = sql`(SELECT ...)`, selected as { likes: likeCount }
      if (held.isPresent()) {
        return held.get();
      }
    }
    Optional<String> aggregate = aggregate(n, scope, unit);
    if (aggregate.isPresent()) {
      return aggregate.get();
    }
    Optional<String> column = column(n, scope, unit);
    if (column.isPresent()) {
      return column.get();
    }
    Optional<DrizzleTables.Table> table = tables.declaration(n, unit).flatMap(scope::byDeclaration);
    return table.map(t -> quote(t.name()) + ".*").orElse("NULL");
  }

  static ISwc4jAst arg(Swc4jAstCallExpr call, int index) {
    if (call.getArgs().size() <= index || call.getArgs().get(index).getSpread().isPresent()) {
      throw new Unsupported();
    }
    return call.getArgs().get(index).getExpr();
  }

  /** The variable {@code id} names, when it is a plain {@code const x = init}. */
  static Optional<Declaration.Variable> variable(Swc4jAstIdent id, FunctionUnit unit) {
    return unit.wholeVariable(id.getSym(), id);
  }
}
