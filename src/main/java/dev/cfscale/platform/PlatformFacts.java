package dev.cfscale.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typed view of the one versioned data file that holds every Cloudflare price, allowance and limit
 * ({@code platform/cloudflare-facts.json}). Code asks for facts by key; no number is written in code.
 *
 * <p>Keys read are recorded so a test can prove every fact is used by some rule or model.
 */
public final class PlatformFacts {
  private static final String RESOURCE = "/platform/cloudflare-facts.json";

  private final String version;
  private final String asOf;
  private final Map<String, Fact> facts;
  private final Map<String, String> roundingRules;
  private final Set<String> readKeys = ConcurrentHashMap.newKeySet();

  private PlatformFacts(String version, String asOf, Map<String, Fact> facts, Map<String, String> roundingRules) {
    this.version = version;
    this.asOf = asOf;
    this.facts = facts;
    this.roundingRules = roundingRules;
  }

  /** Loads the data file bundled with the tool. */
  public static PlatformFacts load() {
    try (InputStream in = PlatformFacts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static PlatformFacts parse(JsonNode root) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("facts").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode f = e.getValue();
      facts.put(e.getKey(), new Fact(e.getKey(), plain(f.get("value")), f.path("unit").asText(),
          f.path("source").asText(), f.path("lastUpdated").asText(), f.path("unused").asText(null)));
    }
    Map<String, String> rounding = new LinkedHashMap<>();
    root.path("billingRounding").fields().forEachRemaining(e ->
        rounding.put(e.getKey(), e.getValue().isObject() ? e.getValue().path("rule").asText() : e.getValue().asText()));
    return new PlatformFacts(root.path("factsVersion").asText(), root.path("asOf").asText(),
        Collections.unmodifiableMap(facts), Collections.unmodifiableMap(rounding));
  }

  private static Object plain(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  /** The data file's own version, printed in every report. */
  public String version() {
    return version;
  }

  /** The month the facts were last checked against Cloudflare's docs. */
  public String asOf() {
    return asOf;
  }

  /** The fact stored under {@code key}; throws when the key does not exist (a bug, not bad input). */
  public Fact fact(String key) {
    Fact f = facts.get(key);
    if (f == null) {
      throw new IllegalArgumentException("no platform fact named " + key);
    }
    readKeys.add(key);
    return f;
  }

  /** A numeric fact; throws when the fact is not a number. */
  public BigDecimal number(String key) {
    Object v = fact(key).value();
    if (v instanceof BigDecimal d) {
      return d;
    }
    throw new IllegalStateException("platform fact " + key + " is not a number: " + v);
  }

  /** A numeric fact that is a whole count (limits, allowances). */
  public long whole(String key) {
    return number(key).longValueExact();
  }

  /**
   * The documented billing-rounding rule of a product ({@code r2}, {@code durableObjects},
   * {@code workers}), or {@code unknown} where the docs are silent.
   */
  public String billingRoundingRule(String product) {
    return roundingRules.getOrDefault(product, "unknown");
  }

  /**
   * The key of a Workers AI model's published figure ({@code usdPerMillionOutputTokens},
   * {@code neuronsPerMillionInputTokens}...): model names keep their dots and slashes as underscores.
   */
  public static String workersAiModelKey(String model, String field) {
    return "workersAi.pricing.models." + model.replace('.', '_').replace('/', '_') + "." + field;
  }

  public boolean contains(String key) {
    return facts.containsKey(key);
  }

  /** Every fact, without recording reads (for coverage checks and listings). */
  public Map<String, Fact> all() {
    return facts;
  }

  /** Keys read since this instance was loaded. */
  public Set<String> readKeys() {
    return Collections.unmodifiableSet(readKeys);
  }
}
