package dev.cfscale.parse.sql;

/** One statement of a migration script and the 1-based line it starts on. */
public record SqlStatement(String text, int line) {}
