package dev.cfscale.d1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.sql.SqlSandbox;
import dev.cfscale.parse.sql.SqlScriptSplitter;
import dev.cfscale.parse.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Statement boundaries as SQLite's sqlite3_complete() draws them, checked by applying the pieces in SQLite. */
class SqlScriptSplitterTest {

  @Test
  void triggerWithCaseEnd_staysOneStatementAndApplies() throws Exception {
    List<SqlStatement> statements = SqlScriptSplitter.split("""
        CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER, tier TEXT);
        CREATE TRIGGER tier_on_insert AFTER INSERT ON orders BEGIN
          UPDATE orders SET tier = CASE WHEN NEW.total > 100 THEN 'big' ELSE 'small' END WHERE id = NEW.id;
          UPDATE orders SET tier = CASE tier WHEN 'big' THEN 'BIG' ELSE tier END WHERE id = NEW.id;
        END;
        INSERT INTO orders (total) VALUES (500);
        """);
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 6);
    assertThat(statements.get(1).text()).startsWith("CREATE TRIGGER").endsWith("END");
    try (SqlSandbox s = new SqlSandbox()) {
      for (SqlStatement st : statements) {
        s.execute(st.text());
      }
      assertThat(s.query("SELECT tier FROM orders")).containsExactly(List.of("BIG"));
    }
  }

  @Test
  void tempTriggerAndEndAsAColumnName_followSqlite() {
    List<SqlStatement> statements = SqlScriptSplitter.split(
        "CREATE TEMP TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; END; SELECT \"end\" FROM e; SELECT 1");
    assertThat(statements).extracting(SqlStatement::text).containsExactly(
        "CREATE TEMP TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; END", "SELECT \"end\" FROM e", "SELECT 1");
  }

  @Test
  void unterminatedStringOrComment_runsToTheEndAsOneStatement() {
    assertThat(SqlScriptSplitter.split("CREATE TABLE a (x);\nINSERT INTO a VALUES ('no end; here);\nSELECT 1;"))
        .extracting(SqlStatement::line).containsExactly(1, 2);
    assertThat(SqlScriptSplitter.split("SELECT 1; /* open; comment")).extracting(SqlStatement::text).containsExactly("SELECT 1");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang bound: the old splitter took minutes here
  void hugeTriggerBody_isSplitInOnePass() {
    StringBuilder body = new StringBuilder("CREATE TRIGGER big AFTER INSERT ON a BEGIN\n");
    for (int i = 0; i < 20_000; i++) {
      body.append("  UPDATE a SET x = CASE WHEN x > ").append(i).append(" THEN 1 ELSE 0 END;\n");
    }
    body.append("END;\nSELECT 1;");
    List<SqlStatement> statements = SqlScriptSplitter.split(body.toString());
    assertThat(body.length()).isGreaterThan(900_000);
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 20_003);
  }
}
