package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Optional;

/**
 * A config key wrangler's schema does not know: wrangler warns and ignores it. {@code legacy} when it
 * is a key of an older wrangler (Wrangler 1's {@code type}, {@code zone_id}...) rather than a typo.
 */
public record UnknownKey(String path, String key, Location location, String message, Optional<String> suggestion, boolean legacy) {}
