package dev.cfscale.facts.code;

import java.util.Optional;

/**
 * SQL the engine rebuilt from an ORM's query builder rather than read from the code: which ORM, and for
 * a builder chain the last method called on it ({@code all}, {@code limit}, "" for none), which tells
 * whether the rows come back bounded. A relational query ({@code db.query.t.findMany}) has no chain.
 */
public record OrmQuery(String orm, Optional<String> lastMethod) {}
