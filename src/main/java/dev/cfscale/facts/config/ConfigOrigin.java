package dev.cfscale.facts.config;

import java.util.Objects;

/**
 * What a Worker's config is to its project: the config wrangler reads, an example users copy, an environment
 * file, a variant deployed with {@code --config}, a dev-only config, or no config at all (a Pages project or a
 * dashboard script, whose bindings are unknown). {@code description} says so in words for reports.
 */
public record ConfigOrigin(Role role, String description) {
  public static final ConfigOrigin STANDARD = new ConfigOrigin(Role.CONFIG, "");

  public ConfigOrigin {
    Objects.requireNonNull(role, "role");
    description = Objects.requireNonNullElse(description, "");
  }

  /** The kinds of origin. */
  public enum Role {
    CONFIG,
    EXAMPLE,
    ENVIRONMENT_FILE,
    VARIANT,
    DEV,
    /** No config: the Worker's bindings are set in the dashboard. */
    NONE
  }

  /** True when the Worker has no config file: config rules have nothing to read, bindings are unknown. */
  public boolean configless() {
    return role == Role.NONE;
  }
}
