package dev.cfscale.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
    String environment,
    Map<String, String> evidence,
    String fix,
    String subject) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
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
    return new Finding(ruleId, newSeverity, message, location, worker, environment, evidence, fix, subject);
  }

  public Finding withEnvironment(String newEnvironment) {
    return new Finding(ruleId, severity, message, location, worker, newEnvironment, evidence, fix, subject);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
