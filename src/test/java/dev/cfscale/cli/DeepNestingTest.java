package dev.cfscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.CliRun;
import dev.cfscale.parse.ts.TsParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deeply nested source never kills the JVM (the native parser overflowed a default stack at about 330
 * parentheses) and never loses the Worker's analysis: deep but valid code is analysed, code deeper than the
 * parser's limit is one problem at its position and the other modules are still read.
 */
class DeepNestingTest {
  private static final String HANDLER = "export default { async fetch(req: Request, env: any) {"
      + " for (const k of ['a', 'b']) { await env.KV.put(k, 'v'); } return new Response('ok'); } };\n";

  @TempDir
  Path dir;

  private Path project(String indexTs) throws IOException {
    Files.writeString(dir.resolve("wrangler.toml"), "name = \"deep\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-01\"\n"
        + "[[kv_namespaces]]\nbinding = \"KV\"\nid = \"abc\"\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/index.ts"), indexTs);
    return dir;
  }

  @Test
  void fourHundredParentheses_areParsed_inAuditInspectAndFix() throws IOException {
    project("const v = " + "(".repeat(400) + "1" + ")".repeat(400) + ";\n" + HANDLER);
    CliRun inspect = CliRun.of("inspect", dir.toString());
    assertThat(inspect.exitCode()).isZero();
    assertThat(inspect.out()).contains("KV").doesNotContain("nesting too deep");
    assertThat(CliRun.audit(dir.toString()).all()).doesNotContain("error:");
    assertThat(CliRun.of("fix", dir.toString(), "--d1-indexes", "--dry-run").exitCode()).isZero();
  }

  @Test
  void deepButValidCode_keepsTheWorkersAnalysis() throws IOException {
    String blocks = "function f() {" + "{".repeat(5000) + "}".repeat(5000) + "}\n";
    String chain = "declare const o: any;\nconst c = o" + ".a()".repeat(3000) + ";\n";
    String concat = "const s = " + String.join(" + ", Collections.nCopies(2000, "'a'")) + ";\n";
    project(blocks + chain + concat + HANDLER);
    CliRun inspect = CliRun.of("inspect", dir.toString());
    assertThat(inspect.all()).doesNotContain("nesting too deep").doesNotContain("internal error");
    assertThat(inspect.out()).contains("KV");
  }

  @Test
  void nestingBeyondTheLimit_isOneProblemAtItsPosition_andOtherModulesAreAnalysed() throws IOException {
    int depth = TsParser.MAX_NESTING_DEPTH + 1;
    project("import { deep } from './deep';\n" + HANDLER);
    Files.writeString(dir.resolve("src/deep.ts"), "export const deep =\n  " + "[".repeat(depth) + "]".repeat(depth) + ";\n");
    CliRun audit = CliRun.audit(dir.toString());
    assertThat(audit.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
    // the "=" nests one level, so the MAXth bracket goes beyond the limit: line 2, after two spaces, column 2 + MAX
    assertThat(audit.out()).contains("src/deep.ts:2:" + (2 + TsParser.MAX_NESTING_DEPTH) + ": error: nesting too deep");
    assertThat(CliRun.of("inspect", dir.toString()).out()).contains("KV");
  }
}
