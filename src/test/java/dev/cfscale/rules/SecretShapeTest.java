package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import dev.cfscale.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a credential looks like, its value never reaches any output format. */
class SecretShapeTest {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int TRIES = 15;

  /** A Stripe-shaped key: {@code sk_live_} and 20 to 48 letters and digits (try 0 the shortest, try 1 the longest). */
  private static String token(SplittableRandom random, int n) {
    int length = n == 0 ? 20 : n == 1 ? 48 : 20 + random.nextInt(29);
    StringBuilder s = new StringBuilder("sk_live_");
    for (int i = 0; i < length; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @Test
  void secretValue_neverAppearsInOutput(@TempDir Path dir) throws IOException {
    SplittableRandom random = Seeds.random("secretValue_neverAppearsInOutput");
    for (int n = 0; n < TRIES; n++) {
      String token = token(random, n);
      Files.writeString(dir.resolve("wrangler.toml"), "name = \"pay\"\nmain = \"src/index.ts\"\n[vars]\nSTRIPE = \"" + token + "\"\n");
      for (String format : new String[] {"text", "json", "sarif"}) {
        CliRun run = CliRun.audit(dir.toString(), "--format", format);
        String which = String.format("try %d of %s, %s", n, Seeds.reproduce(), format);
        assertThat(run.out()).as(which).contains("secrets/plaintext-var").doesNotContain(token).doesNotContain(token.substring(8));
        assertThat(run.err()).as(which).doesNotContain(token);
      }
    }
  }
}
