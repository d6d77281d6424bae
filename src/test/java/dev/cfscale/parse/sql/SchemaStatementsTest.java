package dev.cfscale.parse.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which statements change a schema, read by their leading keywords with SQLite's token rules. */
class SchemaStatementsTest {

  @Test
  void createAndAddColumn_changeTheSchema() {
    assertThat(SchemaStatements.changesSchema("CREATE TABLE IF NOT EXISTS t (id INTEGER)")).isTrue();
    assertThat(SchemaStatements.changesSchema("create unique index if not exists i on t(a)")).isTrue();
    assertThat(SchemaStatements.changesSchema("CREATE INDEX i ON t(a)")).isTrue();
    assertThat(SchemaStatements.changesSchema("CREATE VIEW v AS SELECT 1")).isTrue();
    assertThat(SchemaStatements.changesSchema("CREATE VIRTUAL TABLE f USING fts5(body)")).isTrue();
    assertThat(SchemaStatements.changesSchema("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END")).isTrue();
    assertThat(SchemaStatements.changesSchema("CREATE TEMP TABLE scratch (id)")).isTrue();
    assertThat(SchemaStatements.changesSchema("  ALTER TABLE users ADD COLUMN plan TEXT")).isTrue();
  }

  @Test
  void tableNames_readAsSqliteReadsThem() {
    assertThat(SchemaStatements.changesSchema("ALTER TABLE \"order items\" ADD COLUMN note TEXT")).isTrue();
    assertThat(SchemaStatements.changesSchema("ALTER TABLE [order items] ADD note TEXT")).isTrue();
    assertThat(SchemaStatements.changesSchema("ALTER TABLE main.users ADD COLUMN plan TEXT")).isTrue();
  }

  @Test
  void aCommentBeforeTheStatement_isSpace() {
    assertThat(SchemaStatements.changesSchema("-- v2: plans\nALTER TABLE users ADD COLUMN plan TEXT")).isTrue();
    assertThat(SchemaStatements.changesSchema("/* sessions */ CREATE TABLE sessions (id TEXT)")).isTrue();
  }

  @Test
  void queriesAndOtherAlterations_doNotChangeTheSchemaThisWay() {
    assertThat(SchemaStatements.changesSchema("SELECT * FROM t")).isFalse();
    assertThat(SchemaStatements.changesSchema("UPDATE users SET plan = 'free' WHERE plan IS NULL")).isFalse();
    assertThat(SchemaStatements.changesSchema("ALTER TABLE users RENAME TO members")).isFalse();
    assertThat(SchemaStatements.changesSchema("ALTER TABLE users DROP COLUMN plan")).isFalse();
    assertThat(SchemaStatements.changesSchema("-- CREATE TABLE t (id)\nSELECT 1")).isFalse();
    assertThat(SchemaStatements.changesSchema("INSERT INTO log VALUES ('CREATE TABLE t')")).isFalse();
    assertThat(SchemaStatements.changesSchema("CREATE")).isFalse();
    assertThat(SchemaStatements.changesSchema("")).isFalse();
  }
}
