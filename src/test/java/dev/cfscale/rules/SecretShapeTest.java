package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a credential looks like, its value never reaches any output format. */
class SecretShapeTest {

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .ofMinLength(20).ofMaxLength(48).map(s -> "sk_live_" + s);
  }

  @Property(tries = 15)
  void secretValue_neverAppearsInOutput(@ForAll("tokens") String token) throws IOException {
    Path dir = Files.createTempDirectory("cfscale-secret");
    try {
      Files.writeString(dir.resolve("wrangler.toml"), "name = \"pay\"\nmain = \"src/index.ts\"\n[vars]\nSTRIPE = \"" + token + "\"\n");
      for (String format : new String[] {"text", "json", "sarif"}) {
        CliRun run = CliRun.audit(dir.toString(), "--format", format);
        assertThat(run.out()).contains("secrets/plaintext-var").doesNotContain(token).doesNotContain(token.substring(8));
        assertThat(run.err()).doesNotContain(token);
      }
    } finally {
      Files.deleteIfExists(dir.resolve("wrangler.toml"));
      Files.deleteIfExists(dir);
    }
  }
}
