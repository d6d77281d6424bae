package dev.cfscale.facts.d1;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a SQL statement's text says about how many rows it returns, read from its clauses (the plan says
 * how they are found): a filter, a LIMIT, a select-star, a count, and whether the filter pins the query to
 * one entity ({@code WHERE user_id = ?}, {@code WHERE id IN (...)}), which bounds its rows by that entity.
 */
public record SqlShape(String sql) {
  private static final Pattern SELECT = Pattern.compile("^\\s*(?:with\\b.*?\\)\\s*)?select\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern WHERE = Pattern.compile("\\bwhere\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern JOIN = Pattern.compile("\\bjoin\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIMIT = Pattern.compile("\\blimit\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RANDOM_ORDER = Pattern.compile("\\border\\s+by\\s+random\\s*\\(\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDER_BY = Pattern.compile("order\\s+by\\b");
  private static final Pattern SUBQUERY = Pattern.compile("\\(\\s*select\\b");
  private static final Pattern GROUP_BY = Pattern.compile("\\bgroup\\s+by\\b", Pattern.CASE_INSENSITIVE);
  /** {@code SELECT *}, {@code SELECT DISTINCT *}, {@code SELECT t.*} or {@code SELECT t.*, u.name}. */
  private static final Pattern STAR = Pattern.compile("^\\s*select\\s+(?:distinct\\s+)?(?:\\*|[\"`\\[]?\\w+[\"`\\]]?\\.\\*)\\s*(?:,|from\\b)",
      Pattern.CASE_INSENSITIVE);
  /** A select list of aggregates only: {@code SELECT count(*)}, {@code SELECT count(DISTINCT a) AS n, max(b)}. */
  private static final Pattern AGGREGATES_ONLY = Pattern.compile(
      "^\\s*select\\s+(?:(?:count|sum|avg|min|max|total)\\s*\\((?:[^()]|\\([^()]*\\))*\\)(?:\\s+as\\s+\\w+)?\\s*,?\\s*)+from\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT = Pattern.compile("^\\s*select\\s+count\\s*\\(", Pattern.CASE_INSENSITIVE);
  /** An equality or IN on a column that names one entity ({@code id}, {@code user_id}, {@code creatorId}, {@code slug}...). */
  private static final Pattern ENTITY_FILTER = Pattern.compile("(?:\\bwhere\\b|\\band\\b|\\bon\\b|\\()\\s*\\(?\\s*(?:[\"`\\[]?\\w+[\"`\\]]?\\.)?"
      + "[\"`\\[]?(\\w+)[\"`\\]]?\\s*(?:=|\\bin\\b)\\s*(?:\\?|:\\w+|\\$\\d*|\\(|'[^']*'|\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY_COLUMN = Pattern.compile(
      "^(?:id|uuid|slug|email|hash|key|token|code|handle|username)$|_id$|[a-z0-9]Id$|_uuid$|_key$|_hash$|_slug$|_email$");
  /** A column naming the person a row belongs to: {@code user_id}, {@code userId}, {@code owner_id}, {@code author_id}, {@code created_by}. */
  private static final Pattern OWNER_COLUMN = Pattern.compile("^(?:user|owner|author|creator)_?id$|^created_?by$", Pattern.CASE_INSENSITIVE);
  /** A cutoff on a column: {@code expires_at < ?}, {@code created_at <= :cutoff}; group 1 the column. */
  private static final Pattern CUTOFF = Pattern.compile("[\"`\\[]?(\\w+)[\"`\\]]?\\s*<=?\\s*(?:\\?|:\\w+|\\$\\d*|\\d+)");
  /** A range on a column: {@code created_at > ?}, {@code ts >= :since}, {@code day BETWEEN ? AND ?}; group 1 the column. */
  private static final Pattern RANGE = Pattern.compile("[\"`\\[]?(\\w+)[\"`\\]]?\\s*(?:[<>]=?\\s*(?:\\?|:\\w+|\\$\\d*|\\d+)|\\bbetween\\b)",
      Pattern.CASE_INSENSITIVE);
  /** A column holding a moment: {@code expires_at}, {@code createdAt}, {@code expiry}, {@code timestamp}. */
  private static final Pattern TIME_COLUMN = Pattern.compile("_at$|[a-z]At$|^expir|_time$|^timestamp$|^ts$");
  /** {@code DELETE FROM table WHERE conditions}; group 1 the table, 2 the conditions. */
  private static final Pattern DELETE_WHERE = Pattern.compile("^\\s*delete\\s+from\\s+[\"`\\[]?(\\w+)[\"`\\]]?\\s+where\\s+(.*?)\\s*;?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
  /** One equality condition, in brackets or not: {@code (app_id = ?)}, {@code t.app_id = ?}; group 1 the column. */
  private static final Pattern EQUALITY = Pattern.compile(
      "\\s*\\(?\\s*(?:[\"`\\[]?\\w+[\"`\\]]?\\.)?[\"`\\[]?(\\w+)[\"`\\]]?\\s*=\\s*(?:\\?|:\\w+|\\$\\d*|'[^']*'|\\d+)\\s*\\)?\\s*",
      Pattern.CASE_INSENSITIVE);
  /** A column that names another entity: {@code app_id}, {@code postId}, {@code owner_uuid}. */
  private static final Pattern REFERENCE_COLUMN = Pattern.compile("_id$|[a-z0-9]Id$|_uuid$");
  private static final Pattern DELETE = Pattern.compile("^\\s*delete\\s+from\\s+[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);
  /** {@code INSERT [OR mode] INTO table} or {@code REPLACE INTO table}: group 1 the verb and mode, group 2 the table. */
  private static final Pattern INSERT_MODE = Pattern.compile("^\\s*(insert(?:\\s+or\\s+\\w+)?|replace)\\s+into\\s+[\"`\\[]?(\\w+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UPSERT = Pattern.compile("\\bon\\s+conflict\\b.*\\bdo\\s+update\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern UPDATE = Pattern.compile("^\\s*update(?:\\s+or\\s+\\w+)?\\s+[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP = Pattern.compile("^\\s*drop\\s+table\\s+(?:if\\s+exists\\s+)?[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM_TABLE = Pattern.compile("\\bfrom\\s+[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);

  /** True for a SELECT (also after a WITH). */
  public boolean isSelect() {
    return SELECT.matcher(sql).find();
  }

  /** True when the statement has a WHERE or a JOIN: it reads rows to find some of them. */
  public boolean filters() {
    return WHERE.matcher(sql).find() || JOIN.matcher(sql).find();
  }

  /** {@code ORDER BY RANDOM()}: every matching row is read and sorted on a fresh random key; no index can serve it. */
  public boolean ordersRandomly() {
    return RANDOM_ORDER.matcher(sql).find();
  }

  /**
   * An ORDER BY (of the statement itself, not of a subquery) on a subquery: {@code ORDER BY (SELECT COUNT(*) FROM stars
   * WHERE stars.app_id = apps.id) DESC}. The subquery runs for every matching row before the sort; no index can serve it.
   */
  public boolean ordersBySubquery() {
    String lower = sql.toLowerCase(Locale.ROOT);
    int depth = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && lower.startsWith("order", i) && ORDER_BY.matcher(lower).region(i, lower.length()).lookingAt()) {
        return SUBQUERY.matcher(lower).region(i, lower.length()).find();
      }
    }
    return false;
  }

  public boolean hasLimit() {
    return LIMIT.matcher(sql).find();
  }

  /** {@code SELECT *} or {@code SELECT t.*}: every column. */
  public boolean selectsStar() {
    return STAR.matcher(sql).find();
  }

  /** A select list of aggregates only and no GROUP BY: one row back, however many are read. */
  public boolean aggregatesOnly() {
    return AGGREGATES_ONLY.matcher(sql).find() && !GROUP_BY.matcher(sql).find();
  }

  /** An aggregate-only select that starts with {@code count(...)}. */
  public boolean countsOnly() {
    return aggregatesOnly() && COUNT.matcher(sql).find();
  }

  /**
   * True when the filter pins the rows to one entity: an equality or IN on a key-like column
   * ({@code WHERE user_id = ?}, {@code WHERE id IN (...)}, {@code WHERE creatorId = ?}). Such a query returns
   * that entity's rows, which grow with the entity, not with the table.
   */
  public boolean scopedToEntity() {
    Matcher m = ENTITY_FILTER.matcher(sql);
    while (m.find()) {
      if (isKeyColumn(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the filter pins the rows to the ones a single person owns ({@code WHERE user_id = ?}, {@code AND
   * author_id = ?}): one user's own apps, drafts or posts, a set the size of what a person makes by hand, not a share of
   * the table that grows with traffic.
   */
  public boolean scopedToOwner() {
    return anyColumn(ENTITY_FILTER, column -> OWNER_COLUMN.matcher(column).matches());
  }

  /** True for a column name that identifies one entity ({@code id}, {@code user_id}, {@code creatorId}, {@code slug}). */
  public static boolean isKeyColumn(String column) {
    return KEY_COLUMN.matcher(column).find() || KEY_COLUMN.matcher(column.toLowerCase(Locale.ROOT)).find();
  }

  /**
   * True when the filter keeps a time window ({@code created_at > ?}, {@code day BETWEEN ? AND ?}): served by an index,
   * it reads the rows of that window, which stay about as many as traffic adds in it, not a share of all time.
   */
  public boolean windowed() {
    return anyColumn(RANGE, column -> TIME_COLUMN.matcher(column).find());
  }

  /** True when a column that {@code clause} captures (its group 1) anywhere in the statement passes {@code test}. */
  private boolean anyColumn(Pattern clause, java.util.function.Predicate<String> test) {
    Matcher m = clause.matcher(sql);
    while (m.find()) {
      if (test.test(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a {@code DELETE FROM table WHERE app_id = ?} whose every condition is an equality on a column naming another
   * entity ({@code app_id}, {@code postId}; not the row's own {@code id}): it removes the rows that belong to one parent,
   * the way a parent's deletion clears its children, not rows grown old.
   */
  public boolean deletesByReference(String table) {
    List<String> columns = deleteConditionColumns(table);
    return !columns.isEmpty() && columns.stream().allMatch(c -> !c.equalsIgnoreCase("id") && REFERENCE_COLUMN.matcher(c).find());
  }

  /** True for a {@code DELETE FROM table WHERE id = ? ...}: one row removed by its own key (among other conditions). */
  public boolean deletesByOwnKey(String table) {
    return deleteConditionColumns(table).stream().anyMatch(c -> c.equalsIgnoreCase("id"));
  }

  /** The table a {@code DELETE FROM table ...} removes rows from. */
  public Optional<String> deletedTable() {
    Matcher m = DELETE.matcher(sql);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The columns of a DELETE's WHERE when it is a conjunction of equalities ({@code (a = ?) AND b = ?}); empty otherwise. */
  private List<String> deleteConditionColumns(String table) {
    Matcher m = DELETE_WHERE.matcher(sql);
    if (!m.find() || !m.group(1).equalsIgnoreCase(table)) {
      return List.of();
    }
    List<String> columns = new java.util.ArrayList<>();
    for (String condition : AND.split(m.group(2))) {
      Matcher eq = EQUALITY.matcher(condition);
      if (!eq.matches()) {
        return List.of();
      }
      columns.add(eq.group(1));
    }
    return columns;
  }

  /** True for a {@code DELETE FROM table ...} of {@code table} (case-insensitive, as SQLite names compare). */
  public boolean deletesFrom(String table) {
    Matcher m = DELETE.matcher(sql);
    return m.find() && m.group(1).equalsIgnoreCase(table);
  }

  /**
   * The table a plain {@code INSERT INTO table} (or {@code INSERT OR IGNORE}) adds a row to: a statement that only ever
   * adds rows. Empty for other statements and for inserts that replace a keyed row ({@code INSERT OR REPLACE},
   * {@code REPLACE INTO}, {@code ON CONFLICT ... DO UPDATE}), which keep one row per key.
   */
  public Optional<String> appendsTo() {
    Matcher m = INSERT_MODE.matcher(sql);
    if (!m.find() || m.group(1).toLowerCase(Locale.ROOT).matches("replace|insert\\s+or\\s+replace") || UPSERT.matcher(sql).find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2));
  }

  /**
   * True when the statement removes or rewrites rows of {@code table} (case-insensitive): a DELETE, an UPDATE, a DROP,
   * or an insert that replaces a keyed row. A table that sees one of them holds records that are kept current, not
   * an append-only log.
   */
  public boolean removesOrRewrites(String table) {
    if (deletesFrom(table)) {
      return true;
    }
    for (Pattern p : List.of(UPDATE, DROP)) {
      Matcher m = p.matcher(sql);
      if (m.find() && m.group(1).equalsIgnoreCase(table)) {
        return true;
      }
    }
    Matcher insert = INSERT_MODE.matcher(sql);
    return insert.find() && insert.group(2).equalsIgnoreCase(table) && appendsTo().isEmpty();
  }

  /**
   * True for a sweep of expired rows: a {@code DELETE FROM table} whose filter has a cutoff on a time column
   * ({@code WHERE expires_at < ? OR used = 1}). Run where rows are added, it keeps the table to the rows younger than the
   * cutoff, so what it reads is that window, not a table that grows.
   */
  public boolean sweepsExpired(String table) {
    if (!deletesFrom(table)) {
      return false;
    }
    Matcher m = CUTOFF.matcher(sql);
    while (m.find()) {
      if (TIME_COLUMN.matcher(m.group(1)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a DELETE, UPDATE or DROP TABLE whose table is not written out ({@code DELETE FROM ${table} WHERE ...}):
   * it may remove rows of any table.
   */
  public boolean removesUnnamedTable() {
    String head = sql.stripLeading().toLowerCase(Locale.ROOT);
    boolean removes = head.startsWith("delete") || head.startsWith("update") || head.startsWith("drop table");
    return removes && !DELETE.matcher(sql).find() && !UPDATE.matcher(sql).find() && !DROP.matcher(sql).find();
  }

  /** True for a DELETE or DROP TABLE of any table. */
  public boolean removesRows() {
    String head = sql.stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("delete") || head.startsWith("drop table");
  }

  /** The table an {@code INSERT [OR ...] INTO} or {@code REPLACE INTO} adds rows to, as written. */
  public Optional<String> insertTable() {
    Matcher m = INSERT_MODE.matcher(sql);
    return m.find() ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** The first table after FROM, as written. */
  public Optional<String> firstTable() {
    Matcher m = FROM_TABLE.matcher(sql);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
