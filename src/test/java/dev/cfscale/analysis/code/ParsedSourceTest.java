package dev.cfscale.analysis.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.parse.ts.TsParser;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a parsed file says of itself without rescanning: its imports (dynamic ones too) and its line count. */
class ParsedSourceTest {
  private static ParsedSource parsed(String text) throws Exception {
    return new ParsedSource(Path.of("/p/src/index.ts"), "src/index.ts", text, new TsParser().parse("index.ts", text));
  }

  @Test
  void imports_includeDynamicImportsWrittenAnyWay_inSourceOrder() throws Exception {
    String text = """
        import { a } from "./a";
        export * from "./b";
        export { c } from "./c";
        export async function load() {
          const d = await import ( "./d" );
          const e = await import /* lazy */ ("./e");
          return [d, e];
        }
        """;
    assertThat(parsed(text).imports()).containsExactly("./a", "./b", "./c", "./d", "./e");
  }

  @Test
  void imports_ofAFileWithoutDynamicImport_areItsStaticOnes() throws Exception {
    String text = "import x from './x';\n// the word import (in a comment) costs only a walk\nexport const y = x.important('import');\n";
    assertThat(parsed(text).imports()).containsExactly("./x");
    assertThat(ImportSpecifiers.mayCallImport("import x from './x';\nconst s = 'important';\n")).isFalse();
    assertThat(ImportSpecifiers.mayCallImport("const m = await import(\"./m\");")).isTrue();
  }

  @Test
  void lineCount_isWhatStringLinesCounts_onAnyText() {
    Random random = new Random(7);
    char[] alphabet = {'a', '\n', '\r', ' ', 'b'};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      assertThat(ParsedSource.lineCount(s)).as("%s", s.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(s.lines().count());
    }
  }
}
