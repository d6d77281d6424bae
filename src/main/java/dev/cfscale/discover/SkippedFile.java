package dev.cfscale.discover;

import java.nio.file.Path;

/** A config-like file discovery did not audit, with what it is and why (reports list these). */
public record SkippedFile(Path file, String role, String reason) {}
