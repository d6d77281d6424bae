package dev.cfscale.facts.config;

/**
 * What a config deploys. Rules about running code (CPU limits, observability) apply only to
 * {@link #WORKER}; Pages projects get only the rules that apply to them.
 */
public enum WorkerKind {
  /** A Worker with a {@code main} entry point. */
  WORKER,
  /** A Worker that only serves static assets (no {@code main}). */
  ASSETS_ONLY,
  /** A Pages project ({@code pages_build_output_dir}). */
  PAGES,
  /** A config used only for local development (a {@code dev}/{@code local}/{@code test} env or file). */
  DEV_ONLY,
  /** No {@code main}, assets or Pages output: a bindings-only or incomplete config. */
  OTHER,
  /**
   * A Worker with no config in the repository (a script pasted into the dashboard, or one whose package.json deploys it
   * with a config generated or kept out of version control): its settings live elsewhere.
   */
  DASHBOARD
}
