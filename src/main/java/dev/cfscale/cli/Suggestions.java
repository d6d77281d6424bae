package dev.cfscale.cli;

import dev.cfscale.parse.config.KeySuggestion;
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
        .filter(k -> KeySuggestion.distance(typed, k) <= allowed || KeySuggestion.distance(typed, tail(k)) <= allowed || (typed.length() >= 3 && k.contains(typed)))
        .sorted(Comparator.comparingInt((String k) -> Math.min(KeySuggestion.distance(typed, k), KeySuggestion.distance(typed, tail(k)))))
        .limit(3).toList();
  }

  /** The part after the area prefix ({@code full-table-scan} of {@code d1/full-table-scan}). */
  private static String tail(String name) {
    return name.substring(name.indexOf('/') + 1);
  }

}
