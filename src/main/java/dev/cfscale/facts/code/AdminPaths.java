package dev.cfscale.facts.code;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one notion of an administrative path (admin, manage, internal, cron, setup, seed, migrate..., backfill, or a route
 * whose code admits administrators only):
 * traffic there is an operator's, not users', so rules about load on the request path leave it alone.
 * Route names ({@code POST /api/admin/reindex}) match the word as any path segment, or as the name of a route
 * parameter that holds the admin area's configurable path ({@code src/pages/[adminPath]/settings.ts}); a string a fetch
 * handler branches on ({@code url.pathname.startsWith("/admin")}) must start with it.
 */
public final class AdminPaths {
  private AdminPaths() {}

  private static final String WORDS = "admin|manage|internal|cron|setup|seed|migrat\\w*|backfill";
  private static final Pattern IN_ROUTE = Pattern.compile("(^|/)(" + WORDS + ")(/|$|\\W)");
  /** A route parameter naming the admin area an operator chose the path of: {@code /[adminPath]/...}, {@code /:adminPrefix/...}. */
  private static final Pattern ADMIN_PARAMETER = Pattern.compile("(^|/)(\\[|:)admin\\w*(\\]|/|$)");
  private static final Pattern PATH_START = Pattern.compile("^/?(" + WORDS + ")(/|$)", Pattern.CASE_INSENSITIVE);

  /** What an entry's name says when its code lets administrators only in (an admin guard or an admin-only ability). */
  public static final String ADMIN_ONLY = " (admin only)";

  private static final Remembered ROUTE_NAMES = new Remembered(AdminPaths::matchesRouteName);

  /** True when an entry point's name has an administrative path segment, or marks an admin-only route. */
  public static boolean inRouteName(String name) {
    return ROUTE_NAMES.test(name);
  }

  private static boolean matchesRouteName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.endsWith(ADMIN_ONLY) || IN_ROUTE.matcher(lower).find() || ADMIN_PARAMETER.matcher(lower).find();
  }

  /** True when a string literal a handler branches on starts an administrative path. */
  public static boolean startsPath(String literal) {
    return PATH_START.matcher(literal).find();
  }
}
