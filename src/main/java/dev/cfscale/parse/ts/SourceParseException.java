package dev.cfscale.parse.ts;

/** A source file SWC could not parse; carries the position SWC reported (1-based). */
public final class SourceParseException extends Exception {
  private final int line;
  private final int column;

  public SourceParseException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
