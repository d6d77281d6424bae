package dev.cfscale.models.guide;

/** How much work a roadmap item is, smallest first (the roadmap's last sort key). */
public enum Effort {
  CONFIG("config change"),
  MIGRATION("generated migration"),
  CODE("code change"),
  DESIGN("design change");

  private final String label;

  Effort(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
