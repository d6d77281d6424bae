package dev.cfscale.facts.config;

import dev.cfscale.findings.Location;
import java.util.Optional;

/** A plaintext {@code vars} entry; {@code text} is empty for JSON (non-string) values. */
public record Var(String name, Optional<SecretText> text, Location location) {}
