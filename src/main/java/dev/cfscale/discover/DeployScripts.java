package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a folder's {@code package.json} scripts say about a Worker deployed without a config in the repository: the
 * parsing layer reads the scripts' wrangler commands (it depends on discovery, not the other way round) and the loader
 * hands it in.
 */
public interface DeployScripts {

  /**
   * The Worker the package's own scripts deploy or run ({@code wrangler deploy}, {@code wrangler dev}; not Pages, not a
   * command run in another folder), or empty when no script does.
   */
  Optional<ScriptedWorker> scriptedWorker(Path packageJson);

  /**
   * @param entry the entry script a command names ({@code wrangler deploy src/index.ts}), relative to the package's folder
   * @param config the config a command names with {@code --config}, relative to the package's folder
   */
  record ScriptedWorker(Optional<String> entry, Optional<String> config) {}

  /** For callers that find no config-less Worker through scripts (tests, a run on one named config). */
  DeployScripts NONE = packageJson -> Optional.empty();
}
