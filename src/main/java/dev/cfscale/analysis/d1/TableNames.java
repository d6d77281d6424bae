package dev.cfscale.analysis.d1;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a name from a query plan (a table or an alias such as {@code o} in {@code orders o}) to its table. */
final class TableNames {
  private TableNames() {}

  static String resolve(String planName, String sql, Collection<String> tables) {
    for (String t : tables) {
      if (t.equalsIgnoreCase(planName)) {
        return t;
      }
    }
    for (String t : tables) {
      Pattern alias = Pattern.compile("\\b" + Pattern.quote(t) + "\\s+(?:as\\s+)?" + Pattern.quote(planName) + "\\b", Pattern.CASE_INSENSITIVE);
      Matcher m = alias.matcher(sql);
      if (m.find()) {
        return t;
      }
    }
    return planName;
  }
}
