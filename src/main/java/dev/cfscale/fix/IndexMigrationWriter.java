package dev.cfscale.fix;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns index recommendations into the binding's next numbered migration ({@code 0003_cfscale_indexes.sql}
 * after {@code 0002_...}), shows it as a diff, and writes it atomically. Existing files are never changed.
 */
public final class IndexMigrationWriter {
  private static final Pattern NUMBER = Pattern.compile("^(\\d+)");

  /** The migration for {@code statements} in {@code migrationsDir}. */
  public IndexMigration plan(String binding, Path migrationsDir, List<String> statements) throws IOException {
    int width = 4;
    long next = 1;
    if (Files.isDirectory(migrationsDir)) {
      try (Stream<Path> files = Files.list(migrationsDir)) {
        for (Path f : files.toList()) {
          Matcher m = NUMBER.matcher(f.getFileName().toString());
          if (m.find()) {
            width = Math.max(width, m.group(1).length());
            next = Math.max(next, Long.parseLong(m.group(1)) + 1);
          }
        }
      }
    }
    String name = String.format("%0" + width + "d_cfscale_indexes.sql", next);
    String content = "-- Indexes recommended by cfscale's D1 advisor for binding " + binding + ".\n"
        + "-- Each was verified with EXPLAIN QUERY PLAN against the schema of the earlier migrations.\n"
        + String.join("\n", statements) + "\n";
    return new IndexMigration(binding, migrationsDir.resolve(name), content, statements);
  }

  /** A unified diff creating the file, relative to {@code root}. */
  public void diff(IndexMigration migration, Path root, PrintWriter out) {
    String path = root.toAbsolutePath().normalize().relativize(migration.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
    List<String> lines = migration.content().lines().toList();
    out.println("--- /dev/null");
    out.println("+++ b/" + path);
    out.println("@@ -0,0 +1," + lines.size() + " @@");
    lines.forEach(l -> out.println("+" + l));
  }

  /**
   * Writes the file through a temporary file and an atomic move; refuses to overwrite. The file gets the
   * permissions of the folder's other migrations (a temporary file is private to its owner), or
   * {@code rw-r--r--} in a new folder.
   */
  public void write(IndexMigration migration) throws IOException {
    Path file = migration.file();
    Files.createDirectories(file.getParent());
    if (Files.exists(file)) {
      throw new java.nio.file.FileAlreadyExistsException(file.toString());
    }
    Path temp = Files.createTempFile(file.getParent(), ".cfscale-", ".sql.tmp");
    try {
      Files.writeString(temp, migration.content(), StandardCharsets.UTF_8);
      if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, siblingPermissions(file));
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The permissions of another {@code .sql} file beside {@code file}, else {@code rw-r--r--}. */
  private static Set<PosixFilePermission> siblingPermissions(Path file) throws IOException {
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      Optional<Path> sibling = siblings.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .sorted().findFirst();
      return sibling.isPresent() ? Files.getPosixFilePermissions(sibling.get(), LinkOption.NOFOLLOW_LINKS)
          : PosixFilePermissions.fromString("rw-r--r--");
    }
  }
}
