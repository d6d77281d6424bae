package dev.cfscale.rules;

/**
 * A rule whose findings come from code analysis (operation sites, planned queries) rather than from the
 * config alone. Code analysis can be wrong in ways config parsing cannot, so every such rule is held to
 * the realistic projects under {@code src/test/resources/precision/} as well as to its own fixtures.
 */
public interface CodeFactsRule extends Rule {}
