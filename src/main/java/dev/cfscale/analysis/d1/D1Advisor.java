package dev.cfscale.analysis.d1;

import dev.cfscale.discover.InputFiles;
import dev.cfscale.facts.d1.TableInfo;
import dev.cfscale.facts.d1.IndexRecommendation;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.sql.SchemaStatements;
import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
import dev.cfscale.parse.sql.SqlTimeBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The D1 query advisor for one binding: applies its migrations in a {@link SqlSandbox}, plans every
 * literal SQL statement the code sends to it, and looks for indexes the way SQLite's {@code .expert}
 * does: create candidates from the columns the query mentions, re-plan, keep what the planner uses.
 */
public final class D1Advisor {
  private static final Pattern WRITE = Pattern.compile(
      "^\\s*(?:insert|replace)\\s+(?:or\\s+\\w+\\s+)?into\\s+[\"`\\[]?(\\w+)|^\\s*update\\s+(?:or\\s+\\w+\\s+)?[\"`\\[]?(\\w+)|^\\s*delete\\s+from\\s+[\"`\\[]?(\\w+)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern NAMED_TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);

  /**
   * What to advise on.
   *
   * @param projectRoot the scanned root: schema layouts are searched in the folders from {@code configDir} up to it,
   *     and a sibling package's migrations below it
   */
  public record Request(Path configDir, Path projectRoot, String binding, Optional<String> migrationsDir, boolean defaultLocations,
      List<OperationSite> operations, Function<Path, String> relativize, BindingType type, java.util.Set<String> queryOperations) {

    /** A D1 binding: SQL sent with prepare() (and planned parts of ORM queries), schema from the migrations. */
    public Request(Path configDir, Path projectRoot, String binding, Optional<String> migrationsDir, boolean defaultLocations,
        List<OperationSite> operations, Function<Path, String> relativize) {
      this(configDir, projectRoot, binding, migrationsDir, defaultLocations, operations, relativize, BindingType.D1_DATABASE,
          java.util.Set.of("prepare", "subquery"));
    }

    /** A D1 binding whose schema is searched in its config's folder only. */
    public Request(Path configDir, String binding, Optional<String> migrationsDir, boolean defaultLocations,
        List<OperationSite> operations, Function<Path, String> relativize) {
      this(configDir, configDir, binding, migrationsDir, defaultLocations, operations, relativize);
    }

    /** A SQLite-backed Durable Object class: SQL sent with ctx.storage.sql.exec(), schema from its own CREATE statements. */
    public static Request durableObject(Path configDir, String className, List<OperationSite> operations, Function<Path, String> relativize) {
      return new Request(configDir, configDir, className, Optional.empty(), false, operations, relativize, BindingType.DURABLE_OBJECT,
          java.util.Set.of("sql.exec"));
    }
  }

  /** The analysis and the migration statements that failed. */
  public record Result(D1BindingAnalysis analysis, List<Problem> problems) {}

  /**
   * Plans by schema and SQL: a binding whose schema scripts, declared tables, code DDL and distinct queries equal
   * another's (a shared package's Durable Object class in every Worker of a monorepo) reuses its plans and index search.
   */
  private final Map<Schema, Planned> planned = new java.util.concurrent.ConcurrentHashMap<>();

  /** The time SQLite may spend on this project's SQL, shared by all its bindings (an advisor serves one project). */
  private final SqlTimeBudget budget = SqlTimeBudget.perProject();

  /** Where each binding's schema is, found once per folder layout for the project's bindings. */
  private final SchemaFiles schemaFiles = new SchemaFiles();

  public Result advise(Request request) {
    List<OperationSite> queries = request.operations().stream()
        .filter(op -> op.binding().filter(request.binding()::equals).isPresent())
        .filter(op -> op.bindingType().filter(request.type()::equals).isPresent())
        .filter(op -> request.queryOperations().contains(op.operation()) && op.sql().isPresent() && !op.sqlTemplated())
        .filter(op -> !SchemaStatements.changesSchema(op.sql().get())).toList();
    List<Path> files = request.migrationsDir().isPresent() || request.defaultLocations()
        ? schemaFiles.find(request.configDir(), request.migrationsDir(), request.projectRoot(), queriedTables(queries)) : List.of();
    List<Script> scripts = files.stream().map(f -> Script.read(request.projectRoot(), f, request.relativize().apply(f))).toList();
    Schema schema = new Schema(scripts, files.isEmpty() ? declaredTables(request) : List.of(), codeDdl(request),
        queries.stream().map(q -> q.sql().get()).distinct().toList());
    Plans plans = planned.computeIfAbsent(schema, k -> new Planned()).get(schema, budget);
    if (plans.failure()) {
      return new Result(new D1BindingAnalysis(request.binding(), List.of(), Map.of(), List.of()), plans.problems());
    }
    List<QueryAnalysis> analyses = new ArrayList<>();
    for (OperationSite site : queries) {
      analyses.add(plans.bySql().get(site.sql().get()).at(request.binding(), site));
    }
    List<String> used = scripts.stream().map(Script::relative).toList();
    return new Result(new D1BindingAnalysis(request.binding(), used, plans.codeSchema(), plans.tables(), analyses), plans.problems());
  }

  /** A schema file as read: its name in reports and its text, or why it could not be read. */
  private record Script(String relative, Optional<String> text, String error) {
    static Script read(Path root, Path file, String relative) {
      try {
        return new Script(relative, Optional.of(InputFiles.readString(root, file)), "");
      } catch (IOException e) {
        return new Script(relative, Optional.empty(), e.getMessage());
      }
    }
  }

  /** A table the code declares with an ORM ({@code sqliteTable(...)}): the declaring file and its CREATE TABLE. */
  private record Declared(String file, String sql) {}

  /** Everything the plans depend on: schema scripts in order, declared tables, the code's own DDL, the distinct queries. */
  private record Schema(List<Script> scripts, List<Declared> declared, List<String> codeDdl, List<String> queries) {}

  /** The plans of one {@link Schema}, computed once (the first caller computes, concurrent callers wait). */
  private static final class Planned {
    private Plans value;

    synchronized Plans get(Schema schema, SqlTimeBudget budget) {
      if (value == null) {
        value = plan(schema, budget);
      }
      return value;
    }
  }

  /** Tables, files that declared them, each distinct query's analysis, problems, or SQLite's failure to start. */
  private record Plans(Map<String, TableInfo> tables, List<String> codeSchema, Map<String, PlannedQuery> bySql, List<Problem> problems,
      boolean failure) {}

  private static Plans plan(Schema schema, SqlTimeBudget budget) {
    List<Problem> problems = new ArrayList<>();
    try (SqlSandbox sandbox = new SqlSandbox(budget)) {
      for (Script script : schema.scripts()) {
        apply(sandbox, script, problems);
      }
      List<String> codeSchema = applyDeclaredTables(sandbox, schema.declared());
      applyCodeDdl(sandbox, schema.codeDdl());
      Map<String, TableInfo> tables = tables(sandbox, schema.queries());
      Map<String, PlannedQuery> bySql = new LinkedHashMap<>();
      for (String sql : schema.queries()) {
        bySql.put(sql, analyse(sandbox, sql, tables));
      }
      return new Plans(tables, codeSchema, bySql, List.copyOf(problems), false);
    } catch (SQLException e) {
      problems.add(Problem.warning(Location.ofFile("(cfscale)"), "D1 advisor could not start SQLite: " + e.getMessage()));
      return new Plans(Map.of(), List.of(), Map.of(), List.copyOf(problems), true);
    }
  }

  private static void apply(SqlSandbox sandbox, Script script, List<Problem> problems) {
    if (script.text().isEmpty()) {
      problems.add(Problem.error(Location.ofFile(script.relative()), "cannot read migration: " + script.error()));
      return;
    }
    for (SqlStatement statement : SqlScriptSplitter.split(script.text().get())) {
      try {
        sandbox.execute(statement.text());
      } catch (SQLException e) {
        problems.add(Problem.error(new Location(script.relative(), statement.line(), 1), "migration statement failed in SQLite: "
            + message(e)));
      }
    }
  }

  /**
   * Schema the code creates itself ({@code CREATE TABLE IF NOT EXISTS}, {@code ALTER TABLE ... ADD COLUMN} sent through
   * prepare or exec): applied after the migrations so queries on those tables and columns are not reported as invalid.
   */
  private static List<String> codeDdl(Request request) {
    return request.operations().stream()
        .filter(op -> op.binding().filter(request.binding()::equals).isPresent())
        .filter(op -> op.bindingType().filter(request.type()::equals).isPresent())
        .filter(op -> (request.queryOperations().contains(op.operation()) || op.operation().equals("exec")) && op.sql().isPresent()
            && !op.sqlTemplated())
        .map(op -> op.sql().get())
        .filter(SchemaStatements::changesSchema)
        .toList();
  }

  /** Applies the code's DDL; failures are ignored (it may depend on state we do not have; the migrations stay authoritative). */
  private static void applyCodeDdl(SqlSandbox sandbox, List<String> ddl) {
    ddl.forEach(sql -> SqlScriptSplitter.split(sql).forEach(st -> {
      try {
        sandbox.execute(st.text());
      } catch (SQLException e) {
        // ignored, see above
      }
    }));
  }

  /** Tables the code declares with an ORM (recorded as {@code schema} operations), used when no SQL schema is in the checkout. */
  private static List<Declared> declaredTables(Request request) {
    return request.operations().stream()
        .filter(op -> op.binding().filter(request.binding()::equals).isPresent() && op.operation().equals("schema") && op.sql().isPresent())
        .map(op -> new Declared(op.file(), op.sql().get()))
        .toList();
  }

  /** Applies the declared tables; returns the files that declared them. */
  private static List<String> applyDeclaredTables(SqlSandbox sandbox, List<Declared> declared) {
    for (Declared d : declared) {
      SqlScriptSplitter.split(d.sql()).forEach(st -> {
        try {
          sandbox.execute(st.text());
        } catch (SQLException e) {
          // a declaration the translation got wrong: the other tables still apply
        }
      });
    }
    return declared.stream().map(Declared::file).distinct().toList();
  }

  /** The tables the queries name after FROM, JOIN, INTO or UPDATE, lower-cased. */
  private static java.util.Set<String> queriedTables(List<OperationSite> queries) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (OperationSite q : queries) {
      Matcher m = NAMED_TABLE.matcher(q.sql().get());
      while (m.find()) {
        out.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static Map<String, TableInfo> tables(SqlSandbox sandbox, List<String> queries) throws SQLException {
    Map<String, TableInfo> out = new LinkedHashMap<>();
    List<String> written = queries.stream().map(D1Advisor::writtenTable).flatMap(Optional::stream)
        .map(t -> t.toLowerCase(Locale.ROOT)).toList();
    for (List<String> row : sandbox.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        + " AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name <> 'd1_migrations'")) {
      String name = row.get(0);
      List<String> columns = sandbox.query("SELECT name FROM pragma_table_info(" + quote(name) + ")").stream().map(r -> r.get(0)).toList();
      long seeded = Long.parseLong(sandbox.query("SELECT COUNT(*) FROM \"" + name.replace("\"", "\"\"") + "\"").get(0).get(0));
      out.put(name, new TableInfo(name, columns, seeded, written.contains(name.toLowerCase(Locale.ROOT))));
    }
    return out;
  }

  static Optional<String> writtenTable(String sql) {
    Matcher m = WRITE.matcher(sql);
    if (!m.find()) {
      return Optional.empty();
    }
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        return Optional.of(m.group(g));
      }
    }
    return Optional.empty();
  }

  /** One query's plan, full scans, temp B-trees, the index that helps, what it still scans, or SQLite's error. */
  private record PlannedQuery(String sql, List<String> plan, Optional<String> error, List<String> fullScans, List<String> tempBTrees,
      Optional<IndexRecommendation> recommendation, List<String> scannedWithIndex) {
    QueryAnalysis at(String binding, OperationSite site) {
      return new QueryAnalysis(binding, site, sql, plan, error, fullScans, tempBTrees, recommendation, scannedWithIndex);
    }
  }

  private static PlannedQuery analyse(SqlSandbox sandbox, String sql, Map<String, TableInfo> tables) {
    try {
      QueryPlan plan = new QueryPlan(sandbox.plan(sql));
      List<String> scanned = plan.fullScans().stream().map(n -> TableNames.resolve(n, sql, tables.keySet())).toList();
      Optional<IndexRecommendation> rec = scanned.isEmpty() && plan.tempBTrees().isEmpty() ? Optional.empty()
          : new IndexSearch(sandbox, sql, tables).best(plan, scanned);
      List<String> stillScanned = rec.map(r -> new QueryPlan(r.planAfter()).everyScan().stream()
          .map(n -> TableNames.resolve(n, sql, tables.keySet())).distinct().toList()).orElse(List.of());
      return new PlannedQuery(sql, plan.details(), Optional.empty(), scanned, plan.tempBTrees(), rec, stillScanned);
    } catch (SQLException e) {
      return new PlannedQuery(sql, List.of(), Optional.of(message(e)), List.of(), List.of(), Optional.empty(), List.of());
    }
  }

  /**
   * SQLite's own words without the driver's wrapping: {@code [SQLITE_ERROR] SQL error or missing database (no such
   * table: x)} is {@code no such table: x}; a statement the watchdog stopped says so in a sentence.
   */
  static String message(SQLException e) {
    String m = e.getMessage() == null ? "SQL error" : e.getMessage();
    if (m.contains("SQLITE_INTERRUPT")) {
      return "stopped: the statement ran longer than the time SQLite is given per statement";
    }
    int paren = m.indexOf(" (");
    return (paren >= 0 && m.endsWith(")") ? m.substring(paren + 2, m.length() - 1) : m).trim();
  }

  private static String quote(String name) {
    return "'" + name.replace("'", "''") + "'";
  }
}
