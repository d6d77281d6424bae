package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.platform.PlatformFacts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts file and wrangler's schema loaded ahead of an audit reach that audit once: a later run in the same JVM
 * gets its own facts, so the keys one run reads (what proves every fact is used) are not another run's.
 */
class PreloadTest {
  @TempDir
  Path temp;

  @Test
  void preloadedFactsGoToOneCaller_laterCallersLoadTheirOwn() {
    Preload.start("audit", "--format", "json", temp.toString());
    PlatformFacts first = Preload.platformFacts();
    PlatformFacts second = Preload.platformFacts();
    assertThat(first).isNotSameAs(second);
    assertThat(first.version()).isEqualTo(PlatformFacts.load().version());
    assertThat(Preload.wranglerSchema()).isNotSameAs(Preload.wranglerSchema());
  }
}
