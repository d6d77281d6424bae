package dev.cfscale.parse.ts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token-level depth count that keeps pathological nesting away from the native parser. */
class NestingDepthTest {
  @Test
  void brackets_countOneLevelEach_andPointAtTheFirstTooDeep() {
    // depth: ( = 1, ( = 2, ( = 3, the fourth ( at offset 3 is level 4
    assertThat(NestingDepth.firstBeyond("((((1))))", 3)).contains(3);
    assertThat(NestingDepth.firstBeyond("((((1))))", 4)).isEmpty();
  }

  @Test
  void stringsCommentsAndRegexes_doNotCount() {
    String code = "const s = '(((((' + \"[[[[[\" + /\\(((/.source; // (((((\n/* {{{{{ */ const t = `((((( ${x} `;";
    // the deepest real nesting: `${` inside a template inside the statement (three levels at most)
    assertThat(NestingDepth.firstBeyond(code, 4)).isEmpty();
  }

  @Test
  void unbracketedChains_count_untilTheStatementEnds() {
    assertThat(NestingDepth.firstBeyond("const v = " + "c ? 1 : ".repeat(100) + "2;", 150)).isPresent();
    assertThat(NestingDepth.firstBeyond("const v = " + "x => ".repeat(100) + "1;", 90)).isPresent();
    assertThat(NestingDepth.firstBeyond("const v = " + "!".repeat(100) + "1;", 90)).isPresent();
    assertThat(NestingDepth.firstBeyond("o" + "\n  .a()".repeat(100) + ";", 90)).isPresent();
  }

  @Test
  void manyStatements_withoutSemicolons_doNotAddUp() {
    String lines = "a.b.c = d.e + f\n".repeat(1000);
    assertThat(NestingDepth.firstBeyond("function f() {\n" + lines + "}\n", 20)).isEmpty();
    assertThat(NestingDepth.firstBeyond("f(" + "a + b, ".repeat(1000) + "c)", 20)).isEmpty();
  }

  @Test
  void strayClosers_areIgnored() {
    assertThat(NestingDepth.firstBeyond(")))]]]}}}" + "(".repeat(5), 5)).isEmpty();
  }
}
