package dev.cfscale.analysis.d1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cfscale.discover.InputFiles;
import dev.cfscale.discover.SkippedFolders;
import dev.cfscale.parse.ts.ConfigObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds a D1 binding's schema, as a user would point to it: its {@code migrations_dir} (default
 * {@code migrations/}) with numbered {@code .sql} files in order; drizzle-kit's output folder ({@code out} in
 * {@code drizzle.config.*}); NuxtHub's {@code server/database/migrations}; common layouts ({@code schema.sql},
 * {@code db/}, {@code drizzle/}, {@code sql/}, {@code schema/}, Prisma's {@code prisma/migrations/}{@code *}{@code /migration.sql});
 * the same layouts in the folders above the Worker up to the scanned root (a repository-level {@code db/schema.sql});
 * and last, the migrations folder of a sibling package whose migrations, applied in SQLite, leave the most tables the code
 * queries.
 */
final class SchemaFiles {
  private static final List<String> SINGLE_FILES = List.of("schema.sql", "db/schema.sql", "src/schema.sql", "sql/schema.sql",
      "schema/schema.sql", "database/schema.sql", "src/db/schema.sql");
  private static final List<String> FOLDERS = List.of("server/database/migrations", "server/db/migrations", "db/migrations",
      "database/migrations", "src/db/migrations", "src/migrations", "db", "drizzle", "sql", "schema", "database");
  private static final List<String> DRIZZLE_CONFIGS = List.of("drizzle.config.ts", "drizzle.config.js", "drizzle.config.mjs",
      "drizzle.config.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SIBLING_DEPTH = 5;

  /** What SQLite made of each list of files: an advisor asks of the same migrations for each binding that shares them. */
  private final Map<Applied, AppliedSchema> applied = new ConcurrentHashMap<>();

  /**
   * The schema files for a binding of the config in {@code configDir}, searched up to {@code root};
   * {@code queried} are the tables the code's SQL names, used to choose among sibling packages.
   */
  List<Path> find(Path configDir, Optional<String> migrationsDir, Path root, Set<String> queried) {
    Optional<Path> explicit = migrationsDir.map(configDir::resolve);
    if (explicit.isPresent() && !sqlFiles(explicit.get(), 1).isEmpty()) {
      return withBaseSchema(top(root), configDir, sqlFiles(explicit.get(), 1));
    }
    Path top = top(root);
    for (Path dir = configDir.toAbsolutePath().normalize(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
      List<Path> here = inFolder(top, dir);
      if (!here.isEmpty()) {
        return here;
      }
    }
    return sibling(top, queried);
  }

  private static Path top(Path root) {
    return root.toAbsolutePath().normalize();
  }

  /** The schema of one folder under {@code root} by the usual layouts, first match wins. */
  private List<Path> inFolder(Path root, Path dir) {
    List<Path> migrations = sqlFiles(dir.resolve("migrations"), 1);
    if (!migrations.isEmpty()) {
      return withBaseSchema(root, dir, migrations);
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
   * then a dump of their result, not read. SQLite says which tables the migrations rely on and which the file creates
   * ({@link AppliedSchema}).
   */
  private List<Path> withBaseSchema(Path root, Path dir, List<Path> migrations) {
    List<Path> bases = SINGLE_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
    if (bases.isEmpty()) {
      return migrations; // nothing to put under them: SQLite is not asked
    }
    Set<String> missing = applied(root, migrations).missing();
    if (missing.isEmpty()) {
      return migrations;
    }
    for (Path base : bases) {
      if (applied(root, List.of(base)).tables().stream().anyMatch(missing::contains)) {
        List<Path> out = new ArrayList<>(List.of(base));
        out.addAll(migrations);
        return out;
      }
    }
    return migrations;
  }

  /**
   * What SQLite makes of {@code files} applied in order (nothing for no files), asked once per list; a file outside
   * {@code root} is not read (a {@code migrations_dir} can name one).
   */
  private AppliedSchema applied(Path root, List<Path> files) {
    return files.isEmpty() ? AppliedSchema.NONE : applied.computeIfAbsent(new Applied(root, files), k -> AppliedSchema.of(k.root(), k.files()));
  }

  private record Applied(Path root, List<Path> files) {}

  /**
   * The {@code out} folders of the drizzle-kit configs in {@code dir}: the string literal {@code out} is set to in the
   * exported options (every branch of a conditional export); a computed {@code out} names no folder.
   */
  private static List<Path> drizzleOut(Path dir) {
    List<Path> out = new ArrayList<>();
    for (String name : DRIZZLE_CONFIGS) {
      Path config = dir.resolve(name);
      if (Files.isRegularFile(config)) {
        try {
          for (String folder : outOptions(name, InputFiles.readString(config))) {
            out.add(dir.resolve(folder).normalize());
          }
        } catch (IOException | RuntimeException e) {
          // unreadable config or an out that is no path: the usual folders still apply
        }
      }
    }
    return out;
  }

  /** The {@code out} values of one drizzle-kit config's text. */
  static List<String> outOptions(String fileName, String text) throws IOException {
    if (fileName.endsWith(".json")) {
      JsonNode out = JSON.readTree(text).path("out");
      return out.isTextual() ? List.of(out.asText()) : List.of();
    }
    return ConfigObject.read(fileName, text).strings("out");
  }

  /**
   * A {@code migrations/} folder elsewhere under the root (the database package of a monorepo) whose migrations, applied
   * in SQLite, leave the most of the tables the code queries; none when no folder leaves any of them.
   */
  private List<Path> sibling(Path root, Set<String> queried) {
    if (queried.isEmpty()) {
      return List.of();
    }
    List<Path> best = List.of();
    long bestScore = 0;
    for (Path folder : migrationFolders(root)) {
      List<Path> files = sqlFiles(folder, 1);
      long score = applied(root, files).tables().stream().filter(queried::contains).count();
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
