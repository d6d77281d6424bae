package dev.cfscale.discover;

import java.nio.file.Path;

/**
 * A Worker with no wrangler config in its folder: a Pages project whose bindings are set in the dashboard
 * (a {@code functions/} folder of Pages Functions), a single script pasted into the dashboard (a
 * {@code fetch} handler with no config), or a NuxtHub app (the {@code @nuxthub/core} module binds D1, KV and R2
 * from its {@code hub} options), or a SvelteKit or Astro app whose Cloudflare adapter builds it for Pages, or a Worker whose package.json
 * scripts deploy it with a config that is not in the repository. Audited with bindings unknown unless the project's scripts or options name them.
 */
public record ConfiglessWorker(Path dir, Kind kind, Path entry) {

  /** How the Worker is deployed without a config. */
  public enum Kind {
    /** Pages Functions under {@code functions/}; {@code entry} is that folder. */
    PAGES_FUNCTIONS,
    /** One script with a {@code fetch} handler; {@code entry} is the script. */
    SCRIPT,
    /**
     * A Worker the folder's package.json deploys or runs with wrangler while its config is not in the repository
     * (generated, or kept out of version control); {@code entry} is the script the command names or {@code src/index.ts}.
     */
    DEPLOYED_SCRIPT,
    /** A Nuxt app with the NuxtHub module; {@code entry} is its {@code nuxt.config}. */
    NUXT_HUB,
    /**
     * A SvelteKit or Astro app built with its Cloudflare adapter and deployed by Pages' Git integration, bindings set
     * in the dashboard; {@code entry} is its {@code svelte.config} or {@code astro.config}.
     */
    FRAMEWORK_APP
  }
}
