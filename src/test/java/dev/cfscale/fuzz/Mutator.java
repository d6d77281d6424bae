package dev.cfscale.fuzz;

import dev.cfscale.parse.ts.TsParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of an input file, as a careless user or an attacker makes them: truncation, byte flips, cut and
 * doubled spans, binary junk, a BOM and CRLF line ends, terminal control characters, deep nesting, huge literals and
 * values of the wrong type. Each mutation is syntax-aware only as far as its {@link Format} says where a value goes.
 */
final class Mutator {
  /**
   * Deepest nesting a mutation usually writes: SWC died at about 300 levels before parsing moved to a big stack
   * (DeepStack), which holds this easily; one case in 50 goes beyond TsParser.MAX_NESTING_DEPTH, which is refused.
   */
  static final int MAX_DEPTH = 3_000;
  private static final String[] CONTROLS = {"\u0000", "\u0007", "\b", "\u001b", "\u001b]0;pwned\u0007", "\u001b[2J", "\r", "\u007f",
      "\u0085", "\u009b", "\u2028", "\u202e", "\ufeff", "\ud800"};
  private static final String[] WRONG_VALUES = {"true", "123", "-1", "0", "1.5e300", "1e309", "\"text\"", "[]", "{}", "[1, \"a\", true]",
      "null", "1979-05-27", "\"\"", "-0.0", "99999999999999999999999"};

  /** The language of the file, for where a nested value or a literal can go. */
  enum Format {
    TOML, JSON, TS, SQL, YAML
  }

  /** What one case did to the file, for the failure message. */
  record Mutated(byte[] bytes, List<String> steps) {}

  private final SplittableRandom random;
  private final Format format;

  Mutator(SplittableRandom random, Format format) {
    this.random = random;
    this.format = format;
  }

  /** One to three mutations of {@code input}, in sequence. */
  Mutated mutate(String input) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    List<String> steps = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      steps.add(name(kind));
      bytes = apply(kind, bytes);
    }
    return new Mutated(bytes, steps);
  }

  private static String name(int kind) {
    return new String[] {"truncate", "flip bytes", "cut span", "double span", "binary junk", "BOM and CRLF", "control characters",
        "deep nesting", "huge literal", "wrong type"}[kind];
  }

  private byte[] apply(int kind, byte[] b) {
    switch (kind) {
      case 0:
        return java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
      case 1:
        return flip(b);
      case 2:
        return cut(b);
      case 3:
        return doubled(b);
      case 4:
        return junk(b);
      case 5:
        return bomAndLineEnds(b);
      case 6:
        return text(b, this::controls);
      case 7:
        return text(b, s -> insertLine(s, nested(depth())));
      case 8:
        return text(b, s -> insertLine(s, literal()));
      default:
        return text(b, this::wrongType);
    }
  }

  private byte[] flip(byte[] b) {
    byte[] out = b.clone();
    for (int i = 0, n = 1 + random.nextInt(8); i < n && out.length > 0; i++) {
      int at = random.nextInt(out.length);
      out[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (out[at] ^ (1 << random.nextInt(8)));
    }
    return out;
  }

  private byte[] cut(byte[] b) {
    if (b.length == 0) {
      return b;
    }
    int from = random.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + random.nextInt(40));
    byte[] out = new byte[b.length - (to - from)];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(b, to, out, from, b.length - to);
    return out;
  }

  private byte[] doubled(byte[] b) {
    if (b.length == 0) {
      return b;
    }
    int from = random.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + random.nextInt(40));
    return splice(b, to, java.util.Arrays.copyOfRange(b, from, to));
  }

  private byte[] junk(byte[] b) {
    byte[] noise = new byte[1 + random.nextInt(random.nextInt(20) == 0 ? 4_000 : 200)];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) random.nextInt(256);
    }
    return random.nextInt(10) == 0 ? noise : splice(b, random.nextInt(b.length + 1), noise);
  }

  private byte[] bomAndLineEnds(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8);
    String ends = switch (random.nextInt(3)) {
      case 0 -> s.replace("\n", "\r\n");
      case 1 -> s.replace("\n", "\r");
      default -> s;
    };
    return ((random.nextBoolean() ? "\ufeff" : "") + ends).getBytes(StandardCharsets.UTF_8);
  }

  private String controls(String s) {
    StringBuilder out = new StringBuilder(s);
    for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
      out.insert(random.nextInt(out.length() + 1), CONTROLS[random.nextInt(CONTROLS.length)]);
    }
    return out.toString();
  }

  /** Mostly shallow, one case in five thousands of levels, one TypeScript case in fifty beyond what its reader accepts. */
  private int depth() {
    int pick = random.nextInt(50);
    if (pick == 0 && format == Format.TS) {
      return TsParser.MAX_NESTING_DEPTH + 1 + random.nextInt(2_000);
    }
    return pick < 40 ? 1 + random.nextInt(100) : 1 + random.nextInt(MAX_DEPTH);
  }

  /** A value nested {@code depth} levels in this format's brackets. */
  private String nested(int depth) {
    switch (format) {
      case TS -> {
        String[][] shapes = {{"(", ")", "1"}, {"[", "]", "1"}, {"{ a: ", " }", "1"}, {"f(", ")", "x"}, {"(() => ", ")", "0"},
            {"`${", "}`", "1"}, {"c ? ", " : 0", "1"}};
        String[] shape = shapes[random.nextInt(shapes.length)];
        return "const nested = " + shape[0].repeat(depth) + shape[2] + shape[1].repeat(depth) + ";";
      }
      case SQL -> {
        return "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";";
      }
      case TOML -> {
        return "nested = " + (random.nextBoolean() ? "{ a = ".repeat(depth) + "1" + " }".repeat(depth) : "[".repeat(depth) + "1" + "]".repeat(depth));
      }
      case JSON -> {
        return "\"nested\": " + (random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth)) + ",";
      }
      default -> {
        return "nested: " + "[".repeat(depth) + "]".repeat(depth);
      }
    }
  }

  /** A string of tens of kilobytes to a megabyte, or a number of thousands of digits. */
  private String literal() {
    int length = random.nextInt(100) == 0 ? 1_000_000 : 1_000 + random.nextInt(20_000);
    boolean digits = random.nextBoolean();
    String body = digits ? "9".repeat(Math.min(length, 5_000)) : "x".repeat(length);
    String value = digits ? body : "\"" + body + "\"";
    return switch (format) {
      case TS -> "const big = " + value + ";";
      case SQL -> "SELECT " + (digits ? body : "'" + body + "'") + ";";
      case TOML -> "big = " + value;
      case JSON -> "\"big\": " + value + ",";
      default -> "big: " + value;
    };
  }

  /** Replaces what follows the first {@code =} or {@code :} of a random line with a value of some other type. */
  private String wrongType(String s) {
    String[] lines = s.split("\n", -1);
    int at = random.nextInt(lines.length);
    String line = lines[at];
    int sign = format == Format.TOML ? line.indexOf('=') : line.indexOf(':');
    if (format == Format.TS || format == Format.SQL || sign < 0) {
      int quote = line.indexOf('"') >= 0 ? line.indexOf('"') : line.indexOf('\'');
      sign = quote < 0 ? line.length() - 1 : quote - 1;
    }
    String value = WRONG_VALUES[random.nextInt(WRONG_VALUES.length)];
    lines[at] = line.substring(0, Math.max(0, sign + 1)) + " " + value + (format == Format.JSON && line.endsWith(",") ? "," : "");
    return String.join("\n", lines);
  }

  /** Inserts {@code line} at the start of a random line (after the first, so a JSON object stays open). */
  private String insertLine(String s, String line) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    int at = starts.isEmpty() ? s.length() : starts.get(random.nextInt(starts.size()));
    return s.substring(0, at) + line + "\n" + s.substring(at);
  }

  private static byte[] text(byte[] b, java.util.function.UnaryOperator<String> change) {
    return change.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }
}
