package dev.cfscale.facts.code;

import java.util.Optional;

/**
 * SQL the engine rebuilt from an ORM's query builder rather than read from the code: which ORM, and for
 * a builder chain the last method called on it ({@code all}, {@code limit}, "" for none), which tells
 * whether the rows come back bounded. A relational query ({@code db.query.t.findMany}) has no chain.
 *
 * @param part "" for a query the code runs; otherwise what part of another query this SQL is
 *     ({@code "subquery"}, {@code "relation modules"}: planned, but not a round trip of its own)
 * @param chunkWrite a write of a slice of a list in one statement ({@code insert(t).values(rows.slice(i, i + 50))}):
 *     run in a loop, it is the batching, not an N+1
 */
public record OrmQuery(String orm, Optional<String> lastMethod, String part, boolean chunkWrite) {
  /** Chain endings that hand back every row the query returns ("" when the chain is awaited as built). */
  private static final java.util.Set<String> ALL_ROWS = java.util.Set.of("", "from", "where", "orderBy", "groupBy", "innerJoin",
      "leftJoin", "limit", "offset", "all", "execute", "findMany");

  /** A query the code runs itself, with the chain's last method when it is a builder chain. */
  public OrmQuery(String orm, Optional<String> lastMethod) {
    this(orm, lastMethod, "", false);
  }

  /** A query, or a part of one ({@code part}), that is not a chunked write. */
  public OrmQuery(String orm, Optional<String> lastMethod, String part) {
    this(orm, lastMethod, part, false);
  }

  /**
   * True when the code receives every row the SQL returns: a chain awaited as built or ended with
   * {@code all()}/{@code execute()}, a relational or model query (its LIMIT, if any, is in the SQL).
   */
  public boolean returnsAllRows() {
    return !nested() && lastMethod.map(ALL_ROWS::contains).orElse(true);
  }

  /** The library as its authors write it ({@code Drizzle}, {@code Kysely}, {@code Prisma}, {@code workers-qb}). */
  public String library() {
    return switch (orm) {
      case "drizzle" -> "Drizzle";
      case "kysely" -> "Kysely";
      case "prisma" -> "Prisma";
      default -> orm;
    };
  }

  /**
   * True when a rebuilt INSERT carries the query's conflict handling ({@code onConflictDoUpdate} as {@code ON CONFLICT ... DO
   * UPDATE}), so it tells an append-only log from an upsert: Drizzle's, and Prisma's, whose {@code create} has no conflict
   * handling (its {@code upsert} is rebuilt as an UPDATE); Kysely's and workers-qb's inserts are rebuilt without theirs.
   */
  public boolean insertKeepsConflictClause() {
    return orm.equals("drizzle") || orm.equals("prisma");
  }

  /** True when this SQL is part of another query (a subquery, a relation's lookup per parent row). */
  public boolean nested() {
    return !part.isEmpty();
  }
}
