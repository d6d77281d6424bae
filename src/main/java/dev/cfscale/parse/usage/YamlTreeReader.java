package dev.cfscale.parse.usage;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cfscale.parse.config.ConfigArray;
import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigScalar;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.config.ConfigValue;
import dev.cfscale.parse.config.Position;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML document (the usage file) with Jackson's streaming YAML parser into the same
 * positioned tree the config readers produce, so every value can be reported at file:line:col.
 */
public final class YamlTreeReader {
  private static final YAMLFactory YAML = new YAMLFactory();

  /** Parses {@code text}; an empty document is an empty mapping. */
  public ConfigObject read(String text) throws ConfigSyntaxException {
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new ConfigObject(Map.of(), Position.START);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ConfigSyntaxException(position(p.currentTokenLocation()), "the file must be a mapping of sections (products, traffic, ...)");
      }
      return readObject(p);
    } catch (JsonProcessingException e) {
      Optional<Position> tab = tabIndentation(text);
      if (tab.isPresent()) {
        throw new ConfigSyntaxException(tab.get(), "a tab in the indentation: YAML indents with spaces only");
      }
      throw new ConfigSyntaxException(e.getLocation() == null ? Position.START : position(e.getLocation()),
          e.getOriginalMessage().lines().findFirst().orElse("invalid YAML"));
    } catch (IOException e) {
      throw new ConfigSyntaxException(Position.START, e.getMessage());
    }
  }

  private ConfigObject readObject(JsonParser p) throws IOException, ConfigSyntaxException {
    Position where = position(p.currentTokenLocation());
    Map<String, ConfigValue> entries = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      Position keyAt = position(p.currentTokenLocation());
      ConfigValue first = entries.get(key);
      if (first != null) {
        throw new ConfigSyntaxException(keyAt, "\"" + key + "\" is given twice (first on line " + first.position().line()
            + "): YAML keeps only one of them, so say it once");
      }
      p.nextToken();
      entries.put(key, readValue(p, keyAt));
    }
    return new ConfigObject(entries, where);
  }

  /** Values are positioned at their key (as tomlj does), so every message points at the line's key. */
  private ConfigValue readValue(JsonParser p, Position keyAt) throws IOException, ConfigSyntaxException {
    Position where = keyAt;
    switch (p.currentToken()) {
      case START_OBJECT:
        ConfigObject nested = readObject(p);
        return new ConfigObject(nested.entries(), keyAt);
      case START_ARRAY:
        List<ConfigValue> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, position(p.currentTokenLocation())));
        }
        return new ConfigArray(items, keyAt);
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG
            ? ConfigScalar.of(p.getLongValue(), where) : ConfigScalar.of(finite(p, p.getBigIntegerValue().doubleValue()), where);
      case VALUE_NUMBER_FLOAT:
        return ConfigScalar.of(finite(p, p.getDecimalValue().doubleValue()), where);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return ConfigScalar.of(p.getBooleanValue(), where);
      case VALUE_NULL:
        return ConfigScalar.of(null, where);
      default:
        return ConfigScalar.of(p.getText(), where);
    }
  }

  /** A number a double holds; {@code 1e309} (infinite as a double) is an error at its place, not a crash later. */
  private static double finite(JsonParser p, double value) throws ConfigSyntaxException, IOException {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      throw new ConfigSyntaxException(position(p.currentTokenLocation()), p.getText() + " is too large a number to mean anything here");
    }
    return value;
  }

  /** Where the first tab in a line's indentation is (YAML forbids tabs there, and the parser's message does not say so). */
  private static Optional<Position> tabIndentation(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
        if (line.charAt(c) == '\t') {
          return Optional.of(new Position(i + 1, c + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static Position position(JsonLocation l) {
    return new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
