package dev.cfscale.findings;

/**
 * An input the tool could not read as intended: a syntax error, a wrong type, an unreadable file.
 * Problems are not findings about the project's scaling; they say where the analysis is incomplete.
 */
public record Problem(Location location, Level level, String message) {

  /** Errors make the run exit with 2; warnings are only reported. */
  public enum Level {
    ERROR,
    WARNING
  }

  public static Problem error(Location location, String message) {
    return new Problem(location, Level.ERROR, message);
  }

  public static Problem warning(Location location, String message) {
    return new Problem(location, Level.WARNING, message);
  }

  public boolean isError() {
    return level == Level.ERROR;
  }
}
