package dev.cfscale.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean ...?" for a mistyped name: the known names within a few edits of it, closest first. */
final class Suggestions {
  private Suggestions() {}

  /**
   * Names of {@code known} that {@code typed} is a typo of (at most a quarter of its letters changed, at least
   * two), or that contain it or end with it; at most three, closest first.
   */
  static List<String> closest(String typed, Collection<String> known) {
    int allowed = Math.max(2, typed.length() / 4);
    return known.stream()
        .filter(k -> distance(typed, k) <= allowed || distance(typed, tail(k)) <= allowed || (typed.length() >= 3 && k.contains(typed)))
        .sorted(Comparator.comparingInt((String k) -> Math.min(distance(typed, k), distance(typed, tail(k)))))
        .limit(3).toList();
  }

  /** The part after the area prefix ({@code full-table-scan} of {@code d1/full-table-scan}). */
  private static String tail(String name) {
    return name.substring(name.indexOf('/') + 1);
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
