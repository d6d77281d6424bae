package dev.cfscale.parse.ts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which syntax a file is parsed with, by its name and, for plain JavaScript, by what bundlers accept in it. */
class TsParserTest {
  @Test
  void javascriptFile_withJsx_isParsedAsJsx() throws Exception {
    String card = "export function Card({ name }) {\n  return <div className=\"card\">{name}</div>;\n}\n";
    assertThat(new TsParser().parse("src/components/card.js", card).getBody()).hasSize(1);
  }

  @Test
  void javascriptFile_withASyntaxError_isStillReportedAtItsPosition() {
    String broken = "export const a = 1;\nexport const b = ;\n";
    assertThatThrownBy(() -> new TsParser().parse("src/broken.js", broken)).isInstanceOf(SourceParseException.class)
        .satisfies(e -> assertThat(((SourceParseException) e).line()).isEqualTo(2));
  }

  @Test
  void typescriptFile_keepsItsAngleBracketAssertions() throws Exception {
    String cast = "const n = <number>JSON.parse(\"1\");\nexport default n;\n";
    assertThat(new TsParser().parse("src/n.ts", cast).getBody()).hasSize(2);
  }
}
