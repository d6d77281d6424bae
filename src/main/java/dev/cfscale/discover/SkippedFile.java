package dev.cfscale.discover;

import java.nio.file.Path;

/** A config-like file discovery did not audit, with what it is and why (reports list these). */
public record SkippedFile(Path file, String role, String reason) {
  /** The reason a config that is a symbolic link is not read. */
  public static final String SYMBOLIC_LINK = "is a symbolic link; cfscale does not follow links (one could point outside the project)";
}
