package dev.cfscale.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide in a real browser: Debian's Chromium, headless and offline, loads the example's page with no console
 * message (no error, no uncaught exception), runs its script, and draws a screenshot that is not blank; the screenshot
 * stays in {@code target/report-screenshots/} as a build artefact. In CI ({@code CI} set, or
 * {@code -Dcfscale.requireBrowser=true}, as {@code .ci/run} does) a missing Chromium fails the test; elsewhere it is
 * reported as skipped.
 */
class ReportBrowserTest {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  /** Flags that keep Chromium off the network and quiet on a machine without a display (java-maven machine notes). */
  private static final List<String> OFFLINE = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars");
  private static final Path ARTEFACTS = Path.of("target/report-screenshots");
  private static Path chromium;
  private static Path page;

  @BeforeAll
  static void findChromiumAndRender(@TempDir Path dir) throws IOException {
    Optional<Path> found = Optional.ofNullable(System.getenv("CFSCALE_CHROMIUM")).map(Path::of).or(() -> CANDIDATES.stream().map(Path::of)
        .filter(Files::isExecutable).findFirst());
    if (found.isEmpty()) {
      if (System.getenv("CI") != null || Boolean.getBoolean("cfscale.requireBrowser")) {
        fail("Chromium is required here: install the Debian package (apt-get install -y chromium; .ci/run does) or set CFSCALE_CHROMIUM");
      }
      Assumptions.abort("Chromium not installed (apt-get install -y chromium); the real-browser test did not run");
    }
    chromium = found.get();
    page = dir.resolve("ai-platform.html");
    Files.writeString(page, ReportRun.of(ReportRun.EXAMPLE, "html"));
  }

  @Test
  void page_loadsWithoutConsoleMessagesAndRunsItsScript(@TempDir Path work) throws Exception {
    Run run = chromium(work, List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
    List<String> console = run.err().lines().filter(l -> l.contains(":CONSOLE")).toList();
    assertThat(console).as("console messages (errors and uncaught exceptions are logged here)").isEmpty();
    // the DOM after scripts ran: the sort script marked every header of the sortable tables
    assertThat(run.out()).contains("<h1>Production scaling guide: ai-platform</h1>").contains("aria-sort=\"none\"")
        .contains("<svg id=\"headroom\"");
  }

  @Test
  void consoleCheck_seesAnErrorWhenThereIsOne(@TempDir Path work) throws Exception {
    // the check above is only as good as its probe: a page that logs an error and throws must show both
    Path broken = work.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><title>t</title><script>console.error('probe'); missing();</script>");
    Run run = chromium(work, List.of("--enable-logging=stderr", "--v=0", "--dump-dom", broken.toUri().toString()));
    assertThat(run.err().lines().filter(l -> l.contains(":CONSOLE"))).hasSize(2).anyMatch(l -> l.contains("Uncaught ReferenceError"));
  }

  @Test
  void screenshot_isNotBlank(@TempDir Path work) throws Exception {
    Files.createDirectories(ARTEFACTS);
    Path shot = ARTEFACTS.resolve("ai-platform.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    chromium(work, List.of("--window-size=1280,3200", "--screenshot=" + shot, page.toUri().toString()));
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    long inked = 0;
    long red = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        inked += rgb != 0xffffff ? 1 : 0;
        red += near(rgb, 0xc8322b) ? 1 : 0;
      }
    }
    long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
    assertThat(inked * 100 / sampled).as("percent of the page that is not white").isGreaterThanOrEqualTo(3);
    assertThat(colours.size()).as("distinct colours (text, panels, charts)").isGreaterThan(50);
    assertThat(red).as("pixels of the 'exceeded' bars and labels").isGreaterThan(100);
  }

  private static boolean near(int rgb, int target) {
    int dr = ((rgb >> 16) & 0xff) - ((target >> 16) & 0xff);
    int dg = ((rgb >> 8) & 0xff) - ((target >> 8) & 0xff);
    int db = (rgb & 0xff) - (target & 0xff);
    return Math.abs(dr) < 24 && Math.abs(dg) < 24 && Math.abs(db) < 24;
  }

  private record Run(String out, String err) {}

  private static Run chromium(Path work, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString()));
    command.addAll(OFFLINE);
    command.add("--user-data-dir=" + work.resolve("profile").toAbsolutePath());
    command.addAll(args);
    Path out = work.resolve("stdout.txt");
    Path err = work.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish in 120 s: " + String.join(" ", command));
    }
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("chromium exit code; stderr:%n%s", errText).isZero();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), errText);
  }
}
