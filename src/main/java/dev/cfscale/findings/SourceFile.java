package dev.cfscale.findings;

import java.util.List;

/**
 * The text of a file that findings point into, kept for carets under problems and for inline
 * {@code cfscale-ignore} comments; {@code lineCommentPrefix} is {@code #} for TOML, {@code //} otherwise.
 */
public record SourceFile(String relativePath, List<String> lines, String lineCommentPrefix) {

  public SourceFile {
    lines = List.copyOf(lines);
  }

  /** The 1-based line, or empty text when out of range. */
  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}
