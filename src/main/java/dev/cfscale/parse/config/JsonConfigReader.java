package dev.cfscale.parse.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads wrangler.json / wrangler.jsonc with Jackson's streaming parser, which gives every token's
 * line and column. Comments and trailing commas are accepted in both, as wrangler's jsonc-parser does.
 */
public final class JsonConfigReader {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  /** Parses {@code text}; a syntax error is thrown with the position Jackson reported. */
  public ConfigObject read(String text) throws ConfigSyntaxException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new ConfigObject(Map.of(), Position.START);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ConfigSyntaxException(position(parser.currentTokenLocation()),
            "the configuration must be a JSON object, found " + describe(first));
      }
      ConfigObject root = readObject(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new ConfigSyntaxException(position(parser.currentTokenLocation()),
            "unexpected content after the end of the configuration object");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigSyntaxException(at == null ? Position.START : position(at), e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigSyntaxException(Position.START, e.getMessage());
    }
  }

  private ConfigObject readObject(JsonParser parser) throws IOException {
    Position where = position(parser.currentTokenLocation());
    Map<String, ConfigValue> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      entries.put(key, readValue(parser));
    }
    return new ConfigObject(entries, where);
  }

  private ConfigValue readValue(JsonParser parser) throws IOException {
    Position where = position(parser.currentTokenLocation());
    switch (parser.currentToken()) {
      case START_OBJECT:
        return readObject(parser);
      case START_ARRAY:
        List<ConfigValue> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser));
        }
        return new ConfigArray(items, where);
      case VALUE_STRING:
        return ConfigScalar.of(parser.getText(), where);
      case VALUE_NUMBER_INT:
        return ConfigScalar.of(parser.getLongValue(), where);
      case VALUE_NUMBER_FLOAT:
        return ConfigScalar.of(parser.getDoubleValue(), where);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return ConfigScalar.of(parser.getBooleanValue(), where);
      default:
        return ConfigScalar.of(null, where);
    }
  }

  private static String describe(JsonToken token) {
    return token == JsonToken.START_ARRAY ? "an array" : "a " + token.asString();
  }

  private static Position position(JsonLocation l) {
    return new Position(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }
}
