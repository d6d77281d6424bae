package dev.cfscale.parse.config;

import dev.cfscale.discover.InputFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one config file defensively: directories, unreadable, oversized and binary files become
 * {@link ConfigReadException}s with a position, never stack traces.
 */
public final class ConfigFileReader {
  /** Configs are a few KB; anything this large is not a wrangler config and is not read. */
  public static final long MAX_CONFIG_BYTES = 5L * 1024 * 1024;

  private final TomlConfigReader toml = new TomlConfigReader();
  private final JsonConfigReader json = new JsonConfigReader();

  /** Reads and parses {@code file}; {@code relativePath} is how reports name it. */
  public ConfigFile read(Path file, String relativePath) throws ConfigReadException {
    String text = readText(file);
    if (text.isBlank()) {
      throw new ConfigReadException(Position.START, "empty file: no Worker config in it");
    }
    ConfigFormat format = ConfigFormat.of(file);
    try {
      ConfigObject root = format == ConfigFormat.TOML ? toml.read(text) : json.read(text);
      return new ConfigFile(file, relativePath, format, root, text.lines().toList());
    } catch (ConfigSyntaxException e) {
      throw new ConfigReadException(e.position(), e.getMessage(), text.lines().toList());
    }
  }

  /**
   * Reads an example or template config, whose values may be placeholders a setup script fills in
   * ({@code account_id = {{ACCOUNT_ID}}}, {@code id = <KV_ID>}): when it does not parse as written, unquoted
   * placeholders are read as strings and it is parsed again (lines and columns unchanged).
   */
  public ConfigFile readTemplate(Path file, String relativePath) throws ConfigReadException {
    try {
      return read(file, relativePath);
    } catch (ConfigReadException first) {
      String text = readText(file);
      String filled = Placeholders.quote(text);
      if (filled.equals(text)) {
        throw first;
      }
      ConfigFormat format = ConfigFormat.of(file);
      try {
        ConfigObject root = format == ConfigFormat.TOML ? toml.read(filled) : json.read(filled);
        return new ConfigFile(file, relativePath, format, root, text.lines().toList());
      } catch (ConfigSyntaxException e) {
        throw first;
      }
    }
  }

  private static String readText(Path file) throws ConfigReadException {
    if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new ConfigReadException(Position.START, "is a directory, not a config file");
    }
    try {
      // only a regular file, not a link, of at most the cap: a config linked to /dev/zero, a pipe or a huge
      // file is refused with a sentence instead of filling the heap or blocking
      return decodeUtf8(InputFiles.readBytes(file, MAX_CONFIG_BYTES));
    } catch (InputFiles.RefusedFileException e) {
      throw new ConfigReadException(Position.START, e.getMessage());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigReadException(Position.START, "file not found");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new ConfigReadException(Position.START, "permission denied");
    } catch (IOException e) {
      throw new ConfigReadException(Position.START, "cannot read file: " + e.getMessage());
    }
  }

  private static String decodeUtf8(byte[] bytes) throws ConfigReadException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new ConfigReadException(Position.START, "binary file (contains NUL bytes), not a config");
      }
    }
    try {
      String text = InputFiles.strictUtf8(bytes);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ConfigReadException(Position.START, "file is not UTF-8 text");
    }
  }
}
