package dev.cfscale.analysis.d1;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SQLite makes of a project's schema files, and that it reads only the project's own. */
class AppliedSchemaTest {

  @Test
  void tablesAndForeignKeyTargets_comeFromSqlite(@TempDir Path project) throws IOException {
    Path file = Files.writeString(project.resolve("0001.sql"),
        "-- CREATE TABLE ghosts (id INTEGER);\nCREATE TABLE sessions (id TEXT, user_id INTEGER REFERENCES users(id));");
    AppliedSchema applied = AppliedSchema.of(project, List.of(file));
    assertThat(applied.tables()).containsExactly("sessions");
    assertThat(applied.missing()).containsExactly("users");
  }

  /** A {@code migrations_dir = "../elsewhere"} names files outside the audited folder: they are not read. */
  @Test
  void aFileOutsideTheProject_isNotRead(@TempDir Path temp) throws IOException {
    Path project = Files.createDirectories(temp.resolve("project"));
    Path outside = Files.writeString(temp.resolve("0001_init.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);");
    assertThat(AppliedSchema.of(project, List.of(outside))).isEqualTo(AppliedSchema.NONE);
    assertThat(AppliedSchema.of(temp, List.of(outside)).tables()).containsExactly("users");
  }
}
