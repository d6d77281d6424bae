package dev.cfscale.facts.config;

/**
 * A config value that may be a secret. It never prints itself: {@link #toString()} is {@code ***},
 * so no renderer, log line or exception message can leak it by accident.
 */
public final class SecretText {
  private final String text;

  public SecretText(String text) {
    this.text = text;
  }

  /** The raw text, for the detectors that classify it. Never put the result in output. */
  public String reveal() {
    return text;
  }

  public int length() {
    return text.length();
  }

  @Override
  public String toString() {
    return "***";
  }
}
