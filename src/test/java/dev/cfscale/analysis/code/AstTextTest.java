package dev.cfscale.analysis.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The evidence text of a node: read lazily, it must equal the whole-substring definition on any input. */
class AstTextTest {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The definition: collapse every whitespace run of the substring, trim, cut to 117 + "..." past 120. */
  private static String reference(String s, int start, int end) {
    String t = WHITESPACE.matcher(s.substring(start, end)).replaceAll(" ").trim();
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }

  @Test
  void oneLine_equalsTheRegexDefinition_onRandomText() {
    Random random = new Random(13);
    char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', 0x0B, '\f', 0x01, 0x1F, ' ', 'x', '(', ')', '\u00e9', '\ud83d', '\ude00'};
    for (int n = 0; n < 20_000; n++) {
      int length = random.nextInt(n % 10 == 0 ? 400 : 140);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        // long runs of one character now and then, so the 120-character edge is crossed by runs of every kind
        char c = alphabet[random.nextInt(alphabet.length)];
        int repeat = random.nextInt(10) == 0 ? random.nextInt(130) : 1;
        b.append(String.valueOf(c).repeat(repeat));
      }
      String s = b.toString();
      int start = s.isEmpty() ? 0 : random.nextInt(Math.min(s.length(), 5) + 1);
      int end = start + random.nextInt(s.length() - start + 1);
      assertThat(Ast.oneLine(s, start, end)).as("%s [%d, %d)", s, start, end).isEqualTo(reference(s, start, end));
    }
  }

  @Test
  void oneLine_edges() {
    String hundredTwenty = "x".repeat(120);
    assertThat(Ast.oneLine(hundredTwenty + "   \n", 0, 124)).isEqualTo(hundredTwenty);   // trailing space only: not cut
    assertThat(Ast.oneLine(hundredTwenty + " y", 0, 122)).isEqualTo("x".repeat(117) + "...");
    assertThat(Ast.oneLine("  \u0001 a \t\n b \u0001  ", 0, 14)).isEqualTo("a b");
    assertThat(Ast.oneLine("a \u0001 b", 0, 5)).isEqualTo("a \u0001 b");
  }
}
