package dev.cfscale.models.guide;

/** The outcome of one deterministic check of the report's checklists. */
public enum CheckStatus {
  PASSED("passed"),
  FAILED("failed"),
  NOT_APPLICABLE("not applicable");

  private final String label;

  CheckStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
