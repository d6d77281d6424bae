package dev.cfscale.analysis.usage;

import dev.cfscale.parse.config.ConfigObject;
import dev.cfscale.parse.config.ConfigScalar;
import dev.cfscale.parse.config.ConfigSyntaxException;
import dev.cfscale.parse.usage.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The largest value a usage or workload key accepts, from {@code usage/bounds.yml} (by the ending of the key's
 * name): above it a number is a slip, not a workload, and is reported instead of billed.
 */
public final class QuantityBounds {
  /** The bundled bounds file. */
  public static final String RESOURCE = "/usage/bounds.yml";
  private static final QuantityBounds BUNDLED = load();

  private final BigDecimal fallback;
  private final Map<String, BigDecimal> byEnding;

  private QuantityBounds(BigDecimal fallback, Map<String, BigDecimal> byEnding) {
    this.fallback = fallback;
    this.byEnding = Map.copyOf(byEnding);
  }

  /** The bounds cfscale ships. */
  public static QuantityBounds bundled() {
    return BUNDLED;
  }

  /** The bound of {@code measure}, the name of what a key measures ({@code requests_per_month}, {@code table_rows}). */
  public BigDecimal max(String measure) {
    return byEnding.entrySet().stream().filter(e -> measure.endsWith(e.getKey()))
        .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(fallback);
  }

  /** A sentence for {@code path} = {@code value} when the value is beyond the bound of {@code measure}. */
  public Optional<String> beyond(String path, String measure, BigDecimal value) {
    BigDecimal max = max(measure);
    if (value.compareTo(max) <= 0) {
      return Optional.empty();
    }
    return Optional.of(path + " is " + shown(value) + ", more than any real project (cfscale accepts up to " + shown(max)
        + " here): check for extra zeros or an exponent");
  }

  private static String shown(BigDecimal value) {
    return value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) >= 0 || value.scale() > 6
        ? value.round(new java.math.MathContext(6)).stripTrailingZeros().toString() // 1E+23, not 9.999999999999999E+22
        : String.format(java.util.Locale.ROOT, "%,d", value.toBigInteger());
  }

  private static QuantityBounds load() {
    try (InputStream in = QuantityBounds.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      ConfigObject root = new YamlTreeReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, BigDecimal> byEnding = new LinkedHashMap<>();
      root.get("bounds").filter(ConfigObject.class::isInstance).map(ConfigObject.class::cast)
          .ifPresent(b -> b.entries().forEach((k, v) -> byEnding.put(k, number(v))));
      return new QuantityBounds(number(root.get("default").orElseThrow()), byEnding);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ConfigSyntaxException e) {
      throw new IllegalStateException("bundled bounds do not parse: " + e.getMessage(), e);
    }
  }

  private static BigDecimal number(Object value) {
    Object n = value instanceof ConfigScalar s ? s.value() : null;
    if (n instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (n instanceof Number d) {
      return new BigDecimal(d.toString());
    }
    throw new IllegalStateException("bundled bounds: not a number: " + value);
  }
}
