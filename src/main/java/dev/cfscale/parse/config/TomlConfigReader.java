package dev.cfscale.parse.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/** Reads a wrangler.toml with tomlj into a positioned {@link ConfigObject} tree. */
public final class TomlConfigReader {

  /** Parses {@code text}; the first TOML error is thrown with its position. */
  public ConfigObject read(String text) throws ConfigSyntaxException {
    TomlParseResult result = Toml.parse(text);
    if (result.hasErrors()) {
      TomlParseError first = result.errors().get(0);
      throw new ConfigSyntaxException(toPosition(first.position()), first.getMessage());
    }
    return convertTable(result, Position.START);
  }

  private ConfigObject convertTable(TomlTable table, Position where) {
    Map<String, ConfigValue> entries = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      Position keyPosition = toPosition(table.inputPositionOf(List.of(key)));
      entries.put(key, convert(table.get(List.of(key)), keyPosition));
    }
    return new ConfigObject(entries, where);
  }

  private ConfigValue convert(Object value, Position where) {
    if (value instanceof TomlTable t) {
      return convertTable(t, where);
    }
    if (value instanceof TomlArray a) {
      List<ConfigValue> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        TomlPosition p = a.inputPositionOf(i);
        items.add(convert(a.get(i), p == null ? where : toPosition(p)));
      }
      return new ConfigArray(items, where);
    }
    if (value instanceof java.time.temporal.TemporalAccessor) {
      return new ConfigScalar(value.toString(), where, true);
    }
    return ConfigScalar.of(value, where);
  }

  private static Position toPosition(TomlPosition p) {
    return p == null ? Position.START : new Position(p.line(), p.column());
  }
}
