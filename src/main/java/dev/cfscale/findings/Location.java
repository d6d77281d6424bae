package dev.cfscale.findings;

/** A place in a project file: path relative to the scanned directory, 1-based line and column. */
public record Location(String file, int line, int column) implements Comparable<Location> {

  /** Where a whole file is meant rather than a place in it. */
  public static Location ofFile(String file) {
    return new Location(file, 1, 1);
  }

  /** Reads back what {@link #toString} wrote ({@code file:line:column}); the file may itself contain colons. */
  public static Location parse(String text) {
    int lastColon = text.lastIndexOf(':');
    int lineColon = text.lastIndexOf(':', lastColon - 1);
    return new Location(text.substring(0, lineColon), Integer.parseInt(text.substring(lineColon + 1, lastColon)),
        Integer.parseInt(text.substring(lastColon + 1)));
  }

  @Override
  public int compareTo(Location other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
