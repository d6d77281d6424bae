package dev.cfscale.parse.config;

import java.util.List;

/** A config that could not be read or parsed; carries the position and, when known, the file's lines. */
public final class ConfigReadException extends Exception {
  private final Position position;
  private final List<String> lines;

  public ConfigReadException(Position position, String message) {
    this(position, message, List.of());
  }

  public ConfigReadException(Position position, String message, List<String> lines) {
    super(message);
    this.position = position;
    this.lines = List.copyOf(lines);
  }

  public Position position() {
    return position;
  }

  /** The file's lines, empty when the file could not be decoded at all. */
  public List<String> lines() {
    return lines;
  }
}
