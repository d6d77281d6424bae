package dev.cfscale.analysis.d1;

import dev.cfscale.discover.InputFiles;
import dev.cfscale.discover.SkippedFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a D1 binding's schema, as a user would point to it: its {@code migrations_dir} (default
 * {@code migrations/}) with numbered {@code .sql} files in order; drizzle-kit's output folder ({@code out} in
 * {@code drizzle.config.*}); NuxtHub's {@code server/database/migrations}; common layouts ({@code schema.sql},
 * {@code db/}, {@code drizzle/}, {@code sql/}, {@code schema/}, Prisma's {@code prisma/migrations/}{@code *}{@code /migration.sql});
 * the same layouts in the folders above the Worker up to the scanned root (a repository-level {@code db/schema.sql});
 * and last, the migrations folder of a sibling package whose {@code CREATE TABLE}s define the most tables the code
 * queries.
 */
final class SchemaFiles {
  private static final List<String> SINGLE_FILES = List.of("schema.sql", "db/schema.sql", "src/schema.sql", "sql/schema.sql",
      "schema/schema.sql", "database/schema.sql", "src/db/schema.sql");
  private static final List<String> FOLDERS = List.of("server/database/migrations", "server/db/migrations", "db/migrations",
      "database/migrations", "src/db/migrations", "src/migrations", "db", "drizzle", "sql", "schema", "database");
  private static final List<String> DRIZZLE_CONFIGS = List.of("drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs",
      "drizzle.config.json");
  /** {@code out: "./drizzle"} in a drizzle-kit config (also {@code "out": "..."} in JSON). */
  private static final Pattern DRIZZLE_OUT = Pattern.compile("[\"']?\\bout[\"']?\\s*:\\s*[\"'`]([^\"'`]+)[\"'`]");
  private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?[\"`\\[]?(\\w+)",
      Pattern.CASE_INSENSITIVE);
  /** A table a statement relies on existing: a foreign key's target, an altered table, an indexed table. */
  private static final Pattern USED_TABLE = Pattern.compile("(?:\\breferences|\\balter\\s+table|\\bindex\\s+(?:if\\s+not\\s+exists\\s+)?\\S+\\s+on)"
      + "\\s+[\"`\\[]?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
  private static final int SIBLING_DEPTH = 5;

  private SchemaFiles() {}

  /**
   * The schema files for a binding of the config in {@code configDir}, searched up to {@code root};
   * {@code queried} are the tables the code's SQL names, used to choose among sibling packages.
   */
  static List<Path> find(Path configDir, Optional<String> migrationsDir, Path root, Set<String> queried) {
    Optional<Path> explicit = migrationsDir.map(configDir::resolve);
    if (explicit.isPresent() && !sqlFiles(explicit.get(), 1).isEmpty()) {
      return withBaseSchema(configDir, sqlFiles(explicit.get(), 1));
    }
    Path top = root.toAbsolutePath().normalize();
    for (Path dir = configDir.toAbsolutePath().normalize(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
      List<Path> here = inFolder(dir);
      if (!here.isEmpty()) {
        return here;
      }
    }
    return sibling(top, queried);
  }

  /** The schema of one folder by the usual layouts, first match wins. */
  private static List<Path> inFolder(Path dir) {
    List<Path> migrations = sqlFiles(dir.resolve("migrations"), 1);
    if (!migrations.isEmpty()) {
      return withBaseSchema(dir, migrations);
    }
    for (Path out : drizzleOut(dir)) {
      List<Path> files = sqlFiles(out, 1);
      if (!files.isEmpty()) {
        return files;
      }
    }
    for (String single : SINGLE_FILES) {
      Path file = dir.resolve(single);
      if (Files.isRegularFile(file)) {
        return List.of(file);
      }
    }
    for (String folder : FOLDERS) {
      List<Path> files = sqlFiles(dir.resolve(folder), 1);
      if (!files.isEmpty()) {
        return files;
      }
    }
    return sqlFiles(dir.resolve("prisma/migrations"), 2);
  }

  /**
   * Migrations that only add to a base schema kept in a single file beside them ({@code schema.sql} creates {@code users},
   * the migrations add {@code sessions REFERENCES users} or {@code ALTER TABLE users}): the base file first, then the
   * migrations. Migrations that create every table they rely on are the whole schema, and a schema file beside them is
   * then a dump of their result, not read.
   */
  private static List<Path> withBaseSchema(Path dir, List<Path> migrations) {
    Set<String> missing = new LinkedHashSet<>(usedTables(migrations));
    missing.removeAll(definedTables(migrations));
    if (missing.isEmpty()) {
      return migrations;
    }
    for (String single : SINGLE_FILES) {
      Path file = dir.resolve(single);
      if (Files.isRegularFile(file) && definedTables(List.of(file)).stream().anyMatch(missing::contains)) {
        List<Path> out = new ArrayList<>(List.of(file));
        out.addAll(migrations);
        return out;
      }
    }
    return migrations;
  }

  private static Set<String> usedTables(List<Path> files) {
    Set<String> out = new LinkedHashSet<>();
    for (Path file : files) {
      try {
        Matcher m = USED_TABLE.matcher(LINE_COMMENT.matcher(InputFiles.readString(file)).replaceAll(""));
        while (m.find()) {
          out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      } catch (IOException | RuntimeException e) {
        // unreadable: relies on nothing we can see
      }
    }
    return out;
  }

  /** The {@code out} folders of the drizzle-kit configs in {@code dir}. */
  private static List<Path> drizzleOut(Path dir) {
    List<Path> out = new ArrayList<>();
    for (String name : DRIZZLE_CONFIGS) {
      Path config = dir.resolve(name);
      if (Files.isRegularFile(config)) {
        try {
          Matcher m = DRIZZLE_OUT.matcher(InputFiles.readString(config));
          if (m.find()) {
            out.add(dir.resolve(m.group(1)).normalize());
          }
        } catch (IOException | RuntimeException e) {
          // unreadable config: the usual folders still apply
        }
      }
    }
    return out;
  }

  /**
   * A {@code migrations/} folder elsewhere under the root (the database package of a monorepo) whose CREATE TABLEs
   * define the most of the tables the code queries; none when no folder defines any of them.
   */
  private static List<Path> sibling(Path root, Set<String> queried) {
    if (queried.isEmpty()) {
      return List.of();
    }
    List<Path> best = List.of();
    long bestScore = 0;
    for (Path folder : migrationFolders(root)) {
      List<Path> files = sqlFiles(folder, 1);
      long score = definedTables(files).stream().filter(queried::contains).count();
      if (score > bestScore) {
        best = files;
        bestScore = score;
      }
    }
    return best;
  }

  private static List<Path> migrationFolders(Path root) {
    try (Stream<Path> walk = Files.walk(root, SIBLING_DEPTH)) {
      return walk.filter(Files::isDirectory).filter(d -> d.getFileName() != null && d.getFileName().toString().equals("migrations"))
          .filter(d -> !SkippedFolders.anySkipped(root.relativize(d))).sorted().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static Set<String> definedTables(List<Path> files) {
    Set<String> out = new LinkedHashSet<>();
    for (Path file : files) {
      try {
        Matcher m = CREATE_TABLE.matcher(InputFiles.readString(file));
        while (m.find()) {
          out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      } catch (IOException | RuntimeException e) {
        // unreadable: defines nothing we can see
      }
    }
    return out;
  }

  /** Down migrations undo the schema; applying them in order would drop what the code reads. */
  private static boolean isRollback(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
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
