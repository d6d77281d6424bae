package dev.cfscale.models.profile;

import dev.cfscale.findings.Location;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one operation in the code adds to one invocation of an entry point: {@code expected} and
 * {@code worst} counts of {@code meter} per invocation (they differ when a branch or a cache hit skips
 * the operation), the operation as the code analysis names it ({@code put}, {@code stub.touch}), the resource it goes to (binding, queue, model or URL), the key it uses (its shape as the code analysis classifies it: constant,
 * template, low_cardinality, dynamic or none; {@code sharedKey} when every call uses the same key or one key per period), where it is,
 * what it is ({@code detail}: SQL, model, operation), whether its repetitions run at once ({@code parallel}:
 * {@code Promise.all}, {@code .map} callbacks) and the workload keys the counts rest on.
 */
public record ProfileLine(
    LoadMeter meter,
    String operation,
    String resource,
    String keyShape,
    String keyText,
    boolean sharedKey,
    BigDecimal expected,
    BigDecimal worst,
    boolean parallel,
    Location location,
    String detail,
    List<String> assumptions) {

  public ProfileLine {
    assumptions = List.copyOf(assumptions);
  }

  /** The same line with both counts multiplied (a Durable Object method reached several times per request). */
  public ProfileLine times(BigDecimal factor) {
    return new ProfileLine(meter, operation, resource, keyShape, keyText, sharedKey, expected.multiply(factor), worst.multiply(factor), parallel, location, detail, assumptions);
  }
}
