package dev.cfscale.analysis.d1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.facts.d1.IndexRecommendation;
import dev.cfscale.facts.d1.TableInfo;
import dev.cfscale.parse.sql.SqlSandbox;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The index verifier recommends an index only when the re-planned query stops reading its table from start to
 * end or stops sorting in a temp B-tree: an index the planner merely uses (a covering scan for a COUNT, an index
 * on an INTEGER PRIMARY KEY) is a no-op and must never be suggested.
 */
class IndexSearchTest {
  private static final String SCHEMA = "CREATE TABLE todos (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, title TEXT NOT NULL,"
      + " created_at INTEGER NOT NULL)";
  private static final Map<String, TableInfo> TABLES = Map.of("todos",
      new TableInfo("todos", List.of("id", "user_id", "title", "created_at"), 0, true));

  private static Optional<IndexRecommendation> recommend(String sql) throws SQLException {
    try (SqlSandbox sandbox = new SqlSandbox()) {
      sandbox.execute(SCHEMA);
      QueryPlan plan = new QueryPlan(sandbox.plan(sql));
      List<String> scanned = plan.fullScans().stream().map(n -> TableNames.resolve(n, sql, TABLES.keySet())).toList();
      return new IndexSearch(sandbox, sql, TABLES).best(plan, scanned);
    }
  }

  @Test
  void count_overTheWholeTable_getsNoIndex() throws SQLException {
    // SQLite would count through any new index on id ("SCAN todos USING COVERING INDEX"): every entry is still read
    assertThat(recommend("SELECT count(*) FROM todos")).isEmpty();
    assertThat(recommend("SELECT count(id) FROM todos")).isEmpty();
  }

  @Test
  void integerPrimaryKey_isNeverIndexedAgain() throws SQLException {
    // the filter on the rowid alias is already a search; an expression on it cannot use any index
    assertThat(recommend("SELECT title FROM todos WHERE id = ?")).isEmpty();
    assertThat(recommend("SELECT title FROM todos WHERE id + 0 = ?")).isEmpty();
  }

  @Test
  void unfilteredRead_getsNoIndex() throws SQLException {
    assertThat(recommend("SELECT id, title FROM todos")).isEmpty();
  }

  @Test
  void filteredRead_getsTheIndexThatRemovesTheScan() throws SQLException {
    Optional<IndexRecommendation> r = recommend("SELECT id, title FROM todos WHERE user_id = ?");
    assertThat(r).isPresent();
    assertThat(r.get().createStatement()).isEqualTo("CREATE INDEX IF NOT EXISTS idx_todos_user_id ON todos (user_id);");
    assertThat(new QueryPlan(r.get().planAfter()).everyScan()).isEmpty();
  }

  @Test
  void sortWithLimit_getsTheIndexThatRemovesTheTempBTree() throws SQLException {
    Optional<IndexRecommendation> r = recommend("SELECT id FROM todos ORDER BY created_at DESC LIMIT 10");
    assertThat(r).isPresent();
    assertThat(new QueryPlan(r.get().planAfter()).tempBTrees()).isEmpty();
  }
}
