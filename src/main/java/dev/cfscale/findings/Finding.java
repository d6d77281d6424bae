package dev.cfscale.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a rule found: where, how bad, what was looked at (evidence) and what to do (fix).
 *
 * <p>{@code subject} names what the finding is about independently of line numbers (for example
 * {@code consumer:jobs}); with the rule id, file and environment it forms the fingerprint that
 * baselines and SARIF use, so findings survive edits that shift lines.
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Location location,
    String worker,
    List<String> environments,
    Map<String, String> evidence,
    String fix,
    String subject) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    environments = List.copyOf(environments);
  }

  /**
   * The environments as reports name them: "top-level, staging" (null when the finding concerns no
   * environment, such as a file-level problem).
   */
  public String environmentLabel() {
    return environments.isEmpty() ? null : String.join(", ", environments);
  }

  /** A stable identity that ignores line numbers and wording. */
  public String fingerprint() {
    String identity = String.join("|", ruleId, location.file(), nullToEmpty(worker), nullToEmpty(subject));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, message, location, worker, environments, evidence, fix, subject);
  }

  /**
   * The same finding reported in {@code other}'s environments too (the same problem found in each
   * environment of a Worker is one finding): environments not yet named are added, in order.
   */
  public Finding alsoIn(Finding other) {
    if (environments.isEmpty() || other.environments.isEmpty() || environments.containsAll(other.environments)) {
      return this;
    }
    List<String> joined = new ArrayList<>(environments);
    other.environments.stream().filter(e -> !joined.contains(e)).forEach(joined::add);
    return new Finding(ruleId, severity, message, location, worker, joined, evidence, fix, subject);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
