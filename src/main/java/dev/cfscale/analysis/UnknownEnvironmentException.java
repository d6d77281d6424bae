package dev.cfscale.analysis;

import java.util.Set;

/** {@code --env NAME} names an environment the config does not define (wrangler errors too). */
public final class UnknownEnvironmentException extends Exception {
  public UnknownEnvironmentException(String file, String env, Set<String> defined) {
    super("No environment found in configuration with name \"" + env + "\" in " + file
        + " (defined: " + String.join(", ", defined) + ")");
  }
}
