package dev.cfscale.parse.config;

/** The file is not valid TOML or JSON; carries the position the parser reported. */
public final class ConfigSyntaxException extends Exception {
  private final Position position;

  public ConfigSyntaxException(Position position, String message) {
    super(message);
    this.position = position;
  }

  public Position position() {
    return position;
  }
}
