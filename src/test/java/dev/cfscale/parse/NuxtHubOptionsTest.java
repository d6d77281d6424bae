package dev.cfscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.deploy.NuxtHubOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which resources NuxtHub binds, read with the parser from a nuxt.config's hub options. */
class NuxtHubOptionsTest {

  private static NuxtHubOptions read(Path dir, String text) throws IOException {
    return NuxtHubOptions.read(Files.writeString(dir.resolve("nuxt.config.ts"), text));
  }

  @Test
  void hubOptions_nameTheEnabledResources(@TempDir Path dir) throws IOException {
    assertThat(read(dir, """
        export default defineNuxtConfig({
          modules: ['@nuxthub/core'],
          hub: { database: true, kv: false, blob: true },
          nitro: { experimental: { tasks: true } },
        })
        """).features()).containsExactlyInAnyOrder("database", "blob");
  }

  @Test
  void driverNamesAndOptionObjects_enable_computedValuesDoNot(@TempDir Path dir) throws IOException {
    assertThat(read(dir, """
        const isProd = process.env.NODE_ENV === 'production'
        export default defineNuxtConfig({
          hub: { db: 'sqlite', cache: { ttl: 60 }, kv: isProd, ai: true, vectorize: { docs: { dimensions: 1024 } } },
        })
        """).features()).containsExactlyInAnyOrder("database", "cache");
  }

  @Test
  void noHubBlock_bindsNothing(@TempDir Path dir) throws IOException {
    assertThat(read(dir, "export default defineNuxtConfig({ modules: ['@nuxthub/core'] })").features()).isEmpty();
  }

  /** The regex this replaced took the first {@code hub: {} anywhere: a comment, a string or another module's options. */
  @Test
  void hubInACommentAStringOrAnotherOption_bindsNothing(@TempDir Path dir) throws IOException {
    assertThat(read(dir, """
        // hub: { database: true } once bound D1 here
        export default defineNuxtConfig({
          modules: ['@nuxthub/core'],
          app: { head: { title: 'hub: { kv: true }' } },
          content: { hub: { blob: true } },
        })
        """).features()).isEmpty();
  }

  @Test
  void configHeldInAConst_isRead(@TempDir Path dir) throws IOException {
    assertThat(read(dir, """
        const config = { modules: ['@nuxthub/core'], hub: { kv: true } }
        export default defineNuxtConfig(config)
        """).features()).containsExactly("kv");
  }
}
