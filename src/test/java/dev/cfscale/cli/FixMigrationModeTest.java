package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix --d1-indexes} prints the diff before it writes, and the new migration looks like its siblings. */
class FixMigrationModeTest {
  private static final Path FIXTURE = Path.of("src/test/resources/rules/d1/full-table-scan/fires");

  @TempDir
  Path dir;

  @Test
  void newMigration_getsTheSiblingsPermissions_andTheDiffComesFirst() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      // the fixture's own Worker: folders beside src/ with a wrangler.toml of their own are other Workers
      for (Path p : files.filter(FixMigrationModeTest::ofTopWorker).toList()) {
        Path target = dir.resolve(FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path sibling = dir.resolve("migrations/0001_init.sql");
    assumeTrue(Files.getFileStore(sibling).supportsFileAttributeView(PosixFileAttributeView.class));
    Files.setPosixFilePermissions(sibling, PosixFilePermissions.fromString("rw-rw-r--"));

    CliRun run = CliRun.of("fix", dir.toString(), "--d1-indexes");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("+++ b/migrations/0002_cfscale_indexes.sql").contains("+CREATE INDEX");
    assertThat(run.err()).contains("wrote 1 migration file(s)");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("migrations/0002_cfscale_indexes.sql"))))
        .isEqualTo("rw-rw-r--");
  }

  private static boolean ofTopWorker(Path p) {
    Path relative = FIXTURE.relativize(p);
    return relative.getNameCount() < 2 || !Files.exists(FIXTURE.resolve(relative.getName(0)).resolve("wrangler.toml"));
  }
}
