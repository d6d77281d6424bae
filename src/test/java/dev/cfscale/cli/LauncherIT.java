package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher users run daily ({@code bin/cfscale}), run as a user runs it on the fat jar (so after
 * {@code package}, by failsafe): the first audit trains the class archive of the JVM it runs on, the next maps
 * it, and neither prints anything but the report.
 */
class LauncherIT {

  private static final Path PROJECT_ROOT = Path.of("").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path cache;
  @TempDir Path scratch;

  @Test
  void theFirstAuditWritesAClassArchiveAndTheNextPrintsTheSameReport() throws Exception {
    Path javaHome = Path.of(System.getProperty("java.home"));

    Run training = audit(javaHome, Map.of());
    Run mapped = audit(javaHome, Map.of());

    assertThat(archives()).hasSize(1);
    assertThat(archives().get(0).getFileName().toString())
        .endsWith(featureRelease(javaHome) >= 25 ? ".aot" : ".jsa");
    assertReport(training);
    assertReport(mapped);
    assertThat(mapped.out()).isEqualTo(training.out());
  }

  @Test
  void onJdk25AndLaterTheArchiveIsAnAotCacheAndTheReportStaysOneJsonDocument() throws Exception {
    Optional<Path> jdk25 = newerJdk(25);
    assumeTrue(jdk25.isPresent(), "no JDK 25 or later on this machine");

    Run training = audit(jdk25.get(), Map.of());
    Run mapped = audit(jdk25.get(), Map.of());

    assertThat(archives()).singleElement().satisfies(a -> assertThat(a.toString()).endsWith(".aot"));
    assertReport(training);
    assertReport(mapped);
    assertThat(mapped.out()).isEqualTo(training.out());
  }

  @Test
  void cfscaleCdsZeroRunsWithoutWritingAnArchive() throws Exception {
    Run run = audit(Path.of(System.getProperty("java.home")), Map.of("CFSCALE_CDS", "0"));

    assertReport(run);
    assertThat(archives()).isEmpty();
  }

  private void assertReport(Run run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isBlank();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("tool").path("name").asText()).isEqualTo("cfscale");
    assertThat(report.path("findings").size()).isPositive();
  }

  private Run audit(Path javaHome, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(scratch, "out", ".json");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                "sh", "bin/cfscale", "audit", "examples/ai-platform", "--format", "json")
            .directory(PROJECT_ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.environment().remove("CFSCALE_JAVA_OPTS");
    builder.environment().putAll(env);
    int code = builder.start().waitFor();
    return new Run(
        code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private List<Path> archives() throws IOException {
    Path dir = cache.resolve("cfscale/cds");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  /** A JDK of at least this feature release under /usr/lib/jvm (Debian's and Temurin's packages), or the running one. */
  private static Optional<Path> newerJdk(int feature) throws IOException {
    Path running = Path.of(System.getProperty("java.home"));
    if (featureRelease(running) >= feature) {
      return Optional.of(running);
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> featureRelease(home) >= feature)
          .max(Comparator.comparingInt(LauncherIT::featureRelease));
    }
  }

  private static int featureRelease(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          String version = line.substring("JAVA_VERSION=\"".length());
          int end = 0;
          while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
          }
          return Integer.parseInt(version.substring(0, end));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private record Run(int exitCode, String out, String err) {}
}
