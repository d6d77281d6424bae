package dev.cfscale.discover;

/** What a wrangler config file found by discovery is to its project, which decides how it is audited. */
public enum ConfigRole {
  /** {@code wrangler.json}, {@code .jsonc} or {@code .toml}: what wrangler reads by default. */
  CONFIG,
  /**
   * An example or template users copy before deploying ({@code wrangler.example.toml}, {@code wrangler.toml.template}),
   * audited because no real config sits beside it.
   */
  EXAMPLE,
  /** {@code wrangler.production.toml}, {@code wrangler.staging.jsonc}: one environment of the Worker, deployed with --config. */
  ENVIRONMENT,
  /** {@code wrangler.<name>.toml}: another Worker, or a CI variant of this one, deployed with --config. */
  VARIANT,
  /** {@code wrangler.dev.toml}, {@code wrangler.local.jsonc}: read only by {@code wrangler dev}. */
  DEV
}
