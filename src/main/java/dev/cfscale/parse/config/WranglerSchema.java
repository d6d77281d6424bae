package dev.cfscale.parse.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a config tree against wrangler's published JSON schema (bundled from wrangler 4.125.0):
 * unknown keys, with a did-you-mean suggestion, and values of the wrong type. Cross-field rules
 * that exist only in wrangler's validation code are left to the model and the rules.
 */
public final class WranglerSchema {
  private static final String RESOURCE = "/wrangler/config-schema.json";
  private static final String LEGACY_RESOURCE = "/wrangler/legacy-keys.json";
  private final JsonNode definitions;
  private final JsonNode rootSchema;
  /** Keys of older wranglers, by path relative to the top level or an environment, with what became of them. */
  private final JsonNode legacyKeys;

  private WranglerSchema(JsonNode schema, JsonNode legacy) {
    this.definitions = schema.path("definitions");
    this.rootSchema = definitions.path("RawConfig");
    this.legacyKeys = legacy.path("keys");
  }

  /** Loads the bundled schema. */
  public static WranglerSchema load() {
    return new WranglerSchema(resource(RESOURCE), resource(LEGACY_RESOURCE));
  }

  private static JsonNode resource(String name) {
    try (InputStream in = WranglerSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every schema issue in {@code root}, in file order. */
  public List<SchemaIssue> check(ConfigObject root) {
    List<SchemaIssue> issues = new ArrayList<>();
    check(rootSchema, root, "", issues);
    return issues;
  }

  /** The keys wrangler accepts at the top level of a config. */
  public Set<String> topLevelKeys() {
    Set<String> keys = new LinkedHashSet<>();
    rootSchema.path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private void check(JsonNode schema, ConfigValue value, String path, List<SchemaIssue> out) {
    List<JsonNode> alternatives = alternatives(schema);
    List<JsonNode> matching = alternatives.stream().filter(s -> typeMatches(s, value)).toList();
    if (matching.isEmpty()) {
      out.add(new SchemaIssue(SchemaIssue.Kind.WRONG_TYPE, path, lastKey(path), value.position(),
          "\"" + path + "\" should be " + expectedTypes(alternatives) + " but is " + article(value.typeName()), null));
      return;
    }
    if (value instanceof ConfigObject object) {
      checkObject(matching, object, path, out);
    } else if (value instanceof ConfigArray array) {
      JsonNode items = matching.get(0).path("items");
      if (items.isObject()) {
        for (int i = 0; i < array.items().size(); i++) {
          check(items, array.items().get(i), path + "[" + i + "]", out);
        }
      }
    }
  }

  private void checkObject(List<JsonNode> schemas, ConfigObject object, String path, List<SchemaIssue> out) {
    for (Map.Entry<String, ConfigValue> e : object.entries().entrySet()) {
      String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      JsonNode childSchema = childSchema(schemas, e.getKey());
      if (childSchema == null) {
        SchemaIssue issue = unknownKey(schemas, e.getKey(), childPath, path, e.getValue().position());
        if (issue != null) {
          out.add(issue);
        }
      } else if (!childSchema.isBoolean()) {
        check(childSchema, e.getValue(), childPath, out);
      }
    }
  }

  /** The schema for {@code key} in any of the object alternatives, or null when none allows it. */
  private JsonNode childSchema(List<JsonNode> schemas, String key) {
    for (JsonNode s : schemas) {
      JsonNode property = s.path("properties").get(key);
      if (property != null) {
        return property;
      }
    }
    for (JsonNode s : schemas) {
      JsonNode additional = s.get("additionalProperties");
      if (additional == null || (additional.isBoolean() && additional.booleanValue())) {
        return BooleanNode.TRUE; // any key, any value
      }
      if (additional.isObject()) {
        return additional;
      }
    }
    return null;
  }

  /** The issue for a key no schema alternative allows, or null when wrangler accepts it anyway. */
  private SchemaIssue unknownKey(List<JsonNode> schemas, String key, String childPath, String parent, Position at) {
    Set<String> known = new LinkedHashSet<>();
    schemas.forEach(s -> s.path("properties").fieldNames().forEachRemaining(known::add));
    String suggestion = KeySuggestion.closest(key, known).orElse(null);
    String where = parent.isEmpty() ? "the top level" : parent;
    boolean topLevelOnly = parent.matches("env\\.[^.\\[]+") && rootSchema.path("properties").has(key);
    JsonNode legacy = legacyKeys.path(childPath.replaceFirst("^env\\.[^.\\[]+\\.", "").replaceAll("\\[\\d+]", "[]"));
    if (legacy.isObject()) {
      String effect = legacy.path("effect").asText();
      if (effect.equals("accepted")) {
        return null; // valid though the published schema leaves it out
      }
      String replacement = key.equals("kv-namespaces") ? "kv_namespaces" : null;
      return new SchemaIssue(SchemaIssue.Kind.LEGACY_KEY, childPath, key, at,
          "Legacy field \"" + key + "\" in " + where + ": " + legacy.path("message").asText(), replacement, effect(effect));
    }
    String message = "Unexpected field \"" + key + "\" in " + where
        + (topLevelOnly ? ": it is a top-level-only key, wrangler ignores it inside an environment"
            : " (wrangler ignores it)" + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
    return new SchemaIssue(SchemaIssue.Kind.UNKNOWN_KEY, childPath, key, at, message, suggestion);
  }

  private static SchemaIssue.Effect effect(String name) {
    return switch (name) {
      case "lost" -> SchemaIssue.Effect.LOST;
      case "rejected" -> SchemaIssue.Effect.REJECTED;
      case "rejected-from-4" -> SchemaIssue.Effect.REJECTED_FROM_4;
      default -> SchemaIssue.Effect.INERT;
    };
  }

  /** Resolves $ref and flattens anyOf / oneOf / allOf into the alternatives a value may match. */
  private List<JsonNode> alternatives(JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    collect(schema, out, 0);
    return out;
  }

  private void collect(JsonNode schema, List<JsonNode> out, int depth) {
    if (depth > 20) {
      return;
    }
    JsonNode ref = schema.get("$ref");
    if (ref != null) {
      collect(definitions.path(ref.asText().substring("#/definitions/".length())), out, depth + 1);
      return;
    }
    for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
      JsonNode options = schema.get(combinator);
      if (options != null && options.isArray()) {
        options.forEach(o -> collect(o, out, depth + 1));
        return;
      }
    }
    out.add(schema);
  }

  private static boolean typeMatches(JsonNode schema, ConfigValue value) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return !(value instanceof ConfigScalar s && s.date());
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t.asText(), value)) {
          return true;
        }
      }
      return false;
    }
    return typeMatches(type.asText(), value);
  }

  private static boolean typeMatches(String type, ConfigValue value) {
    switch (type) {
      case "object":
        return value instanceof ConfigObject;
      case "array":
        return value instanceof ConfigArray;
      case "string":
        return value instanceof ConfigScalar s && s.value() instanceof String && !s.date();
      case "number":
        return value instanceof ConfigScalar s && s.value() instanceof Number;
      case "integer":
        return value instanceof ConfigScalar s && (s.value() instanceof Long || s.value() instanceof Integer);
      case "boolean":
        return value instanceof ConfigScalar s && s.value() instanceof Boolean;
      case "null":
        return value instanceof ConfigScalar s && s.value() == null;
      default:
        return true;
    }
  }

  private static String expectedTypes(List<JsonNode> alternatives) {
    Set<String> types = new LinkedHashSet<>();
    for (JsonNode s : alternatives) {
      JsonNode type = s.get("type");
      if (type != null && type.isArray()) {
        type.forEach(t -> types.add(article(t.asText())));
      } else if (type != null) {
        types.add(article(type.asText()));
      }
    }
    return String.join(" or ", types);
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("o") || type.startsWith("i") ? "an " : "a ") + type;
  }

  private static String lastKey(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
