package dev.cfscale.analysis.d1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a D1 binding's schema: its {@code migrations_dir} (default {@code migrations/}) with numbered
 * {@code .sql} files in order, else common layouts: {@code schema.sql}, {@code db/*.sql},
 * Drizzle's {@code drizzle/*.sql}, Prisma's {@code prisma/migrations/}{@code *}{@code /migration.sql}.
 */
final class SchemaFiles {
  private SchemaFiles() {}

  static List<Path> find(Path configDir, Optional<String> migrationsDir) {
    List<Path> candidates = new ArrayList<>();
    migrationsDir.ifPresent(d -> candidates.add(configDir.resolve(d)));
    candidates.add(configDir.resolve("migrations"));
    for (Path dir : candidates) {
      List<Path> files = sqlFiles(dir, 1);
      if (!files.isEmpty()) {
        return files;
      }
    }
    for (String single : List.of("schema.sql", "db/schema.sql", "src/schema.sql", "sql/schema.sql")) {
      Path file = configDir.resolve(single);
      if (Files.isRegularFile(file)) {
        return List.of(file);
      }
    }
    for (String dir : List.of("db", "drizzle", "sql")) {
      List<Path> files = sqlFiles(configDir.resolve(dir), 1);
      if (!files.isEmpty()) {
        return files;
      }
    }
    return sqlFiles(configDir.resolve("prisma/migrations"), 2);
  }

  /** Down migrations undo the schema; applying them in order would drop what the code reads. */
  private static boolean isRollback(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".down.sql") || lower.endsWith("_down.sql") || lower.contains("rollback");
  }

  /** .sql files under {@code dir} (up to {@code depth} levels), ordered by path: numbered names sort in order. */
  private static List<Path> sqlFiles(Path dir, int depth) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir, depth)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".sql"))
          .filter(p -> !isRollback(p.getFileName().toString()))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
