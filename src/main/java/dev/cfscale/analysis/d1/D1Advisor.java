package dev.cfscale.analysis.d1;

import dev.cfscale.facts.d1.TableInfo;
import dev.cfscale.facts.d1.IndexRecommendation;
import dev.cfscale.facts.d1.D1BindingAnalysis;
import dev.cfscale.facts.d1.QueryAnalysis;
import dev.cfscale.facts.config.BindingType;
import dev.cfscale.facts.code.OperationSite;
import dev.cfscale.findings.Location;
import dev.cfscale.findings.Problem;
import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
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

  private static final Pattern DDL = Pattern.compile("^\\s*create\\s+(table|index|unique\\s+index|view|virtual\\s+table|trigger)\\b",
      Pattern.CASE_INSENSITIVE);

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

  public Result advise(Request request) {
    List<Problem> problems = new ArrayList<>();
    List<OperationSite> queries = request.operations().stream()
        .filter(op -> op.binding().filter(request.binding()::equals).isPresent())
        .filter(op -> op.bindingType().filter(request.type()::equals).isPresent())
        .filter(op -> request.queryOperations().contains(op.operation()) && op.sql().isPresent() && !op.sqlTemplated())
        .filter(op -> !DDL.matcher(op.sql().get()).find()).toList();
    List<Path> files = request.migrationsDir().isPresent() || request.defaultLocations()
        ? SchemaFiles.find(request.configDir(), request.migrationsDir(), request.projectRoot(), queriedTables(queries)) : List.of();
    List<String> codeSchema = List.of();
    try (SqlSandbox sandbox = new SqlSandbox()) {
      for (Path file : files) {
        apply(sandbox, file, request.relativize().apply(file), problems);
      }
      if (files.isEmpty()) {
        codeSchema = applyDeclaredTables(sandbox, request);
      }
      applyCodeDdl(sandbox, request);
      Map<String, TableInfo> tables = tables(sandbox, queries);
      List<QueryAnalysis> analyses = new ArrayList<>();
      Map<String, QueryAnalysis> bySql = new LinkedHashMap<>();
      for (OperationSite site : queries) {
        QueryAnalysis first = bySql.computeIfAbsent(site.sql().get(), sql -> analyse(sandbox, request.binding(), site, sql, tables));
        analyses.add(new QueryAnalysis(first.binding(), site, first.sql(), first.plan(), first.error(), first.fullScans(),
            first.tempBTrees(), first.recommendation(), first.scannedWithIndex()));
      }
      List<String> used = files.stream().map(request.relativize()).toList();
      return new Result(new D1BindingAnalysis(request.binding(), used, codeSchema, tables, analyses), problems);
    } catch (SQLException e) {
      problems.add(Problem.warning(Location.ofFile("(cfscale)"), "D1 advisor could not start SQLite: " + e.getMessage()));
      return new Result(new D1BindingAnalysis(request.binding(), List.of(), Map.of(), List.of()), problems);
    }
  }

  private static void apply(SqlSandbox sandbox, Path file, String relative, List<Problem> problems) {
    String script;
    try {
      script = Files.readString(file);
    } catch (IOException e) {
      problems.add(Problem.error(Location.ofFile(relative), "cannot read migration: " + e.getMessage()));
      return;
    }
    for (SqlStatement statement : SqlScriptSplitter.split(script)) {
      try {
        sandbox.execute(statement.text());
      } catch (SQLException e) {
        problems.add(Problem.error(new Location(relative, statement.line(), 1), "migration statement failed in SQLite: "
            + message(e)));
      }
    }
  }

  /**
   * Schema the code creates itself ({@code CREATE TABLE IF NOT EXISTS} sent through prepare or exec):
   * applied after the migrations so queries on those tables are not reported as invalid. Failures are ignored.
   */
  private static void applyCodeDdl(SqlSandbox sandbox, Request request) {
    request.operations().stream()
        .filter(op -> op.binding().filter(request.binding()::equals).isPresent())
        .filter(op -> op.bindingType().filter(request.type()::equals).isPresent())
        .filter(op -> (request.queryOperations().contains(op.operation()) || op.operation().equals("exec")) && op.sql().isPresent()
            && !op.sqlTemplated())
        .map(op -> op.sql().get())
        .filter(sql -> DDL.matcher(sql).find())
        .forEach(sql -> SqlScriptSplitter.split(sql).forEach(st -> {
          try {
            sandbox.execute(st.text());
          } catch (SQLException e) {
            // the code's own DDL may depend on state we do not have; the migrations stay authoritative
          }
        }));
  }

  /**
   * Tables the code declares with an ORM ({@code sqliteTable(...)}, recorded as {@code schema} operations), applied
   * when no SQL schema is in the checkout; returns the files that declared them.
   */
  private static List<String> applyDeclaredTables(SqlSandbox sandbox, Request request) {
    List<OperationSite> declared = request.operations().stream()
        .filter(op -> op.binding().filter(request.binding()::equals).isPresent() && op.operation().equals("schema") && op.sql().isPresent())
        .toList();
    for (OperationSite op : declared) {
      SqlScriptSplitter.split(op.sql().get()).forEach(st -> {
        try {
          sandbox.execute(st.text());
        } catch (SQLException e) {
          // a declaration the translation got wrong: the other tables still apply
        }
      });
    }
    return declared.stream().map(OperationSite::file).distinct().toList();
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

  private static Map<String, TableInfo> tables(SqlSandbox sandbox, List<OperationSite> queries) throws SQLException {
    Map<String, TableInfo> out = new LinkedHashMap<>();
    List<String> written = queries.stream().map(q -> writtenTable(q.sql().get())).flatMap(Optional::stream)
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

  private QueryAnalysis analyse(SqlSandbox sandbox, String binding, OperationSite site, String sql, Map<String, TableInfo> tables) {
    try {
      QueryPlan plan = new QueryPlan(sandbox.plan(sql));
      List<String> scanned = plan.fullScans().stream().map(n -> TableNames.resolve(n, sql, tables.keySet())).toList();
      Optional<IndexRecommendation> rec = scanned.isEmpty() && plan.tempBTrees().isEmpty() ? Optional.empty()
          : new IndexSearch(sandbox, sql, tables).best(plan, scanned);
      List<String> stillScanned = rec.map(r -> new QueryPlan(r.planAfter()).everyScan().stream()
          .map(n -> TableNames.resolve(n, sql, tables.keySet())).distinct().toList()).orElse(List.of());
      return new QueryAnalysis(binding, site, sql, plan.details(), Optional.empty(), scanned, plan.tempBTrees(), rec, stillScanned);
    } catch (SQLException e) {
      return new QueryAnalysis(binding, site, sql, List.of(), Optional.of(message(e)), List.of(), List.of(), Optional.empty(), List.of());
    }
  }

  static String message(SQLException e) {
    String m = e.getMessage() == null ? "SQL error" : e.getMessage();
    int paren = m.indexOf("(");
    return (paren >= 0 && m.endsWith(")") ? m.substring(paren + 1, m.length() - 1) : m).trim();
  }

  private static String quote(String name) {
    return "'" + name.replace("'", "''") + "'";
  }
}
