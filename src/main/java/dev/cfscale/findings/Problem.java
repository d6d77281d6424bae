package dev.cfscale.findings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An input the tool could not read as intended: a syntax error, a wrong type, an unreadable file.
 * Problems are not findings about the project's scaling; they say where the analysis is incomplete.
 */
public record Problem(Location location, Level level, String message) {
  /**
   * Problems listed per file; the rest are counted in one last problem. A migration of 20,000 failing statements
   * says what the first ones are and how many more there are, not 20,000 lines (the first ones usually cause the rest).
   */
  public static final int LISTED_PER_FILE = 20;

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

  /**
   * The first {@link #LISTED_PER_FILE} problems of each file, in order, and for a file with more, one problem
   * "... and N more problems in this file" at the first one left out (an error when any left out is one).
   */
  public static List<Problem> capPerFile(List<Problem> problems) {
    Map<String, List<Problem>> leftOut = new LinkedHashMap<>(); // in the order files first overflow
    Map<String, Integer> listed = new HashMap<>();
    List<Problem> kept = new ArrayList<>();
    for (Problem p : problems) {
      String file = p.location().file();
      if (listed.merge(file, 1, Integer::sum) <= LISTED_PER_FILE) {
        kept.add(p);
      } else {
        leftOut.computeIfAbsent(file, f -> new ArrayList<>()).add(p);
      }
    }
    if (leftOut.isEmpty()) {
      return problems;
    }
    List<Problem> capped = new ArrayList<>(kept);
    leftOut.values().forEach(rest -> {
      boolean error = rest.stream().anyMatch(Problem::isError);
      int at = lastIndexOfFile(capped, rest.get(0).location().file()) + 1;
      capped.add(at, new Problem(rest.get(0).location(), error ? Level.ERROR : Level.WARNING,
          "... and " + rest.size() + " more " + (rest.size() == 1 ? "problem" : "problems") + " in this file (the first "
              + LISTED_PER_FILE + " are listed; fix them and run again)"));
    });
    return List.copyOf(capped);
  }

  private static int lastIndexOfFile(List<Problem> problems, String file) {
    for (int i = problems.size() - 1; i >= 0; i--) {
      if (problems.get(i).location().file().equals(file)) {
        return i;
      }
    }
    return problems.size() - 1;
  }
}
