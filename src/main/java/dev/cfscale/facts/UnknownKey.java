package dev.cfscale.facts;

import dev.cfscale.findings.Location;
import java.util.Optional;

/** A config key wrangler's schema does not know: wrangler warns and ignores it. */
public record UnknownKey(String path, String key, Location location, String message, Optional<String> suggestion) {}
