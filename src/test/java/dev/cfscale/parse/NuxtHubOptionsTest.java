package dev.cfscale.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.deploy.NuxtHubOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which resources NuxtHub binds, read from a nuxt.config's hub options. */
class NuxtHubOptionsTest {

  @Test
  void hubOptions_nameTheEnabledResources(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("nuxt.config.ts"), """
        export default defineNuxtConfig({
          modules: ['@nuxthub/core'],
          hub: { database: true, kv: false, blob: true },
          nitro: { experimental: { tasks: true } },
        })
        """);
    assertThat(NuxtHubOptions.read(config).features()).containsExactlyInAnyOrder("database", "blob");
  }

  @Test
  void noHubBlock_bindsNothing(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("nuxt.config.ts"), "export default defineNuxtConfig({ modules: ['@nuxthub/core'] })");
    assertThat(NuxtHubOptions.read(config).features()).isEmpty();
  }
}
