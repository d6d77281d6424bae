package dev.cfscale.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkersTest {

  @Test
  void stackedExpectLines_allPointAtTheCodeLineBelowThem(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("index.ts"), String.join("\n",
        "export default {",
        "  async fetch(request, env) {",
        "    // expect: storage/unbounded-growth",
        "    // expect: kv/large-values contains: request body",
        "    await env.KV.put(`upload:${Date.now()}`, request.body);",
        "    // expect: kv/constant-key-write",
        "    await env.KV.put(\"last\", \"x\");",
        "  },",
        "};"));

    Markers markers = Markers.in(root);

    assertThat(markers.expected()).extracting(e -> e.place() + " " + e.ruleId()).containsExactly(
        "index.ts:5 storage/unbounded-growth", "index.ts:5 kv/large-values", "index.ts:7 kv/constant-key-write");
    assertThat(markers.of("kv/large-values")).extracting(Markers.Expected::messageContains)
        .containsExactly(java.util.Optional.of("request body"));
  }

  @Test
  void singleExpectLine_pointsAtTheNextLine(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("wrangler.toml"), String.join("\n", "name = \"w\"", "# expect: workers/no-cpu-limit", "main = \"src/index.ts\""));

    assertThat(Markers.in(root).expected()).extracting(Markers.Expected::place).isEqualTo(List.of("wrangler.toml:3"));
  }
}
