package dev.cfscale.parse.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses the PRAGMAs that would lift the sandbox's limits or change the process around it. sqlite-jdbc exposes no
 * authorizer ({@code sqlite3_set_authorizer}), and these PRAGMAs act while the statement is being compiled
 * ({@code temp_store_directory} sets a process-wide folder, {@code soft_heap_limit} a process-wide limit), so even
 * {@code EXPLAIN} would be too late: the check reads the statement's leading tokens with SQLite's own token rules,
 * as {@code PRAGMA [schema.]name}, after an optional {@code EXPLAIN [QUERY PLAN]}.
 */
final class PragmaGuard {
  /** PRAGMAs that change a limit (size, memory, threads) or the environment (files, folders, schema checks). */
  static final Set<String> DENIED = Set.of("max_page_count", "page_size", "temp_store", "temp_store_directory",
      "data_store_directory", "mmap_size", "cache_size", "soft_heap_limit", "hard_heap_limit", "writable_schema",
      "trusted_schema", "journal_mode", "threads");

  private PragmaGuard() {}

  /** Why {@code sql} must not run, for each statement in it; empty when none of them is a denied PRAGMA. */
  static Optional<String> refusal(String sql) {
    for (SqlStatement statement : SqlScriptSplitter.split(sql)) {
      Optional<String> name = pragmaName(statement.text());
      if (name.isPresent() && DENIED.contains(name.get().toLowerCase(Locale.ROOT))) {
        return Optional.of("PRAGMA " + name.get() + " is not run: it would change the sandbox's limits or the machine"
            + " cfscale runs on");
      }
    }
    return Optional.empty();
  }

  /** The PRAGMA's name when {@code statement} is one ({@code PRAGMA main."cache_size" = 1} gives cache_size). */
  private static Optional<String> pragmaName(String statement) {
    SqlTokenizer tokens = new SqlTokenizer(statement);
    SqlToken token = significant(tokens);
    if (token != null && token.isKeyword(statement, "EXPLAIN")) {
      token = significant(tokens);
      if (token != null && token.isKeyword(statement, "QUERY")) {
        significant(tokens); // PLAN
        token = significant(tokens);
      }
    }
    if (token == null || !token.isKeyword(statement, "PRAGMA")) {
      return Optional.empty();
    }
    SqlToken name = significant(tokens);
    SqlToken dot = significant(tokens);
    if (dot != null && dot.kind() == SqlToken.Kind.OTHER && statement.charAt(dot.start()) == '.') {
      name = significant(tokens);
    }
    return name == null || name.kind() == SqlToken.Kind.OTHER || name.kind() == SqlToken.Kind.SEMI ? Optional.empty()
        : Optional.of(name.identifier(statement));
  }

  private static SqlToken significant(SqlTokenizer tokens) {
    while (tokens.hasNext()) {
      SqlToken token = tokens.next();
      if (token.kind() != SqlToken.Kind.SPACE) {
        return token;
      }
    }
    return null;
  }
}
