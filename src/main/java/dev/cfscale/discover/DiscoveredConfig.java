package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A config discovery chose to audit, with its role. {@code environment} is the environment an
 * environment file stands for ({@code staging} for {@code wrangler.staging.jsonc}); {@code reason} says
 * why a file that wrangler would not read by default is audited.
 */
public record DiscoveredConfig(Path file, ConfigRole role, Optional<String> environment, String reason) {

  public DiscoveredConfig {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(role, "role");
    reason = Objects.requireNonNullElse(reason, "");
  }

  /** A config wrangler reads by default. */
  public static DiscoveredConfig standard(Path file) {
    return new DiscoveredConfig(file, ConfigRole.CONFIG, Optional.empty(), "");
  }
}
