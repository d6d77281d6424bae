package dev.cfscale.analysis.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the code engine (module graph, evaluator, conventions, operation collection) as a whole: what
 * {@code cfscale inspect} prints for each project under {@code src/test/resources/inputs/} must equal its
 * snapshot in {@code src/test/resources/inspect/<project>.txt}. A change that moves an entry point or an
 * operation shows up as a diff to review. Regenerate with {@code -Dcfscale.updateGolden=true}.
 */
class InspectSnapshotTest {
  private static final Path INPUTS = Path.of("src/test/resources/inputs");
  private static final Path SNAPSHOTS = Path.of("src/test/resources/inspect");

  static Stream<Path> projects() throws IOException {
    try (Stream<Path> dirs = Files.list(INPUTS)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void inspect_matchesTheSnapshot(Path project) throws IOException {
    String actual = CliRun.of("inspect", project.toString()).out();
    Path snapshot = SNAPSHOTS.resolve(project.getFileName() + ".txt");
    if (Boolean.getBoolean("cfscale.updateGolden")) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, actual);
    }
    assertThat(snapshot).as("snapshot for %s (regenerate with -Dcfscale.updateGolden=true)", project).exists();
    assertThat(actual).as("inspect %s", project).isEqualTo(Files.readString(snapshot));
  }
}
