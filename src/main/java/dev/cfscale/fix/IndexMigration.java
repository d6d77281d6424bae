package dev.cfscale.fix;

import java.nio.file.Path;
import java.util.List;

/** A new migration file holding the indexes the D1 advisor recommends for one binding. */
public record IndexMigration(String binding, Path file, String content, List<String> statements) {

  public IndexMigration {
    statements = List.copyOf(statements);
  }
}
