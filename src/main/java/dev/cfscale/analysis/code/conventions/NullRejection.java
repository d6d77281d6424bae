package dev.cfscale.analysis.code.conventions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which outer-joined tables a WHERE makes inner joins: a condition on a column of the joined table ({@code
 * modules.slug = ?}) is false for the NULL row a LEFT JOIN adds, so only matched rows remain; and the table that
 * joined one is matched too when the ON compares their columns ({@code modules.id = links.module_id} needs a
 * {@code links} row). SQLite applies the first step itself but not the chain, which leaves it unable to start the
 * join from the filtered table; rendering such joins as inner joins plans the query as it really runs.
 */
final class NullRejection {
  /** {@code table.column} compared with {@code =}, {@code IN}, {@code LIKE}, {@code <}, {@code >} in a top-level conjunct. */
  private static final Pattern COMPARED = Pattern.compile("([\\w\"]+)\\.[\\w\"]+\\s*(?:=|<>|<=|>=|<|>|\\bIN\\b|\\bLIKE\\b|\\bBETWEEN\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EQUALITY = Pattern.compile("^\\s*([\\w\"]+)\\.[\\w\"]+\\s*=\\s*([\\w\"]+)\\.[\\w\"]+\\s*$");

  private NullRejection() {}

  /** The joined tables that must be matched for a row to pass {@code where} (a rendered {@code " WHERE ..."}). */
  static Set<String> tables(String where, List<DrizzleSql.Join> joins) {
    Set<String> out = new LinkedHashSet<>();
    if (where.isBlank() || where.toUpperCase(java.util.Locale.ROOT).contains(" OR ") || where.contains("IS NULL")) {
      return out; // a disjunction or a NULL test may keep the outer join's NULL row
    }
    Matcher m = COMPARED.matcher(where);
    while (m.find()) {
      out.add(m.group(1));
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (DrizzleSql.Join j : joins) {
        Matcher eq = EQUALITY.matcher(j.on());
        if (out.contains(j.table()) && eq.matches()) {
          String other = eq.group(1).equals(j.table()) ? eq.group(2) : eq.group(1);
          grew |= joins.stream().anyMatch(x -> x.table().equals(other)) && out.add(other);
        }
      }
    }
    return out;
  }
}
