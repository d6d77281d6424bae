package dev.cfscale.parse.config;

/**
 * A value read from a wrangler config, TOML or JSON alike, with the position it was written at.
 * Rules and extractors work on this tree so they do not care which format the file used.
 */
public sealed interface ConfigValue permits ConfigObject, ConfigArray, ConfigScalar {

  /** Where the value (or, for TOML, its key) was written. */
  Position position();

  /** The name of the JSON type, as wrangler's messages use it. */
  String typeName();
}
