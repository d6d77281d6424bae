package dev.cfscale.models.guide;

import java.util.List;

/**
 * One checklist item as checked for this project: what it asks, the outcome, why (in one sentence, with
 * the number or the missing piece), and the evidence looked at ({@code wrangler.toml:8 observability.enabled = true}).
 */
public record Check(String title, CheckStatus status, String reason, List<String> evidence) {

  public Check {
    evidence = List.copyOf(evidence);
  }

  public static Check passed(String title, String reason, List<String> evidence) {
    return new Check(title, CheckStatus.PASSED, reason, evidence);
  }

  public static Check failed(String title, String reason, List<String> evidence) {
    return new Check(title, CheckStatus.FAILED, reason, evidence);
  }

  public static Check notApplicable(String title, String reason) {
    return new Check(title, CheckStatus.NOT_APPLICABLE, reason, List.of());
  }

  public boolean passed() {
    return status == CheckStatus.PASSED;
  }

  public boolean applies() {
    return status != CheckStatus.NOT_APPLICABLE;
  }
}
