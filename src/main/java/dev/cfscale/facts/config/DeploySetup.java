package dev.cfscale.facts.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the project says about deploying a Worker outside its config: the entry a deploy script names
 * ({@code wrangler deploy src/index.ts}), whether any script or workflow deploys it, the names it supplies
 * another way (vars injected with {@code --var}, secrets put with {@code wrangler secret put}, local
 * {@code .dev.vars}), and the wrangler major version the project depends on. Names only, never values.
 *
 * @param suppliedNames name -> where it is supplied ({@code "--var in package.json"}, {@code ".dev.vars"})
 */
public record DeploySetup(Optional<String> scriptEntry, Optional<String> scriptEntrySource, boolean deployCommand,
    Map<String, String> suppliedNames, Optional<Integer> wranglerMajor) {
  public static final DeploySetup NONE = new DeploySetup(Optional.empty(), Optional.empty(), false, Map.of(), Optional.empty());

  public DeploySetup {
    suppliedNames = Collections.unmodifiableMap(new LinkedHashMap<>(suppliedNames));
  }

  /** Where {@code name} is supplied other than in the config, if anywhere. */
  public Optional<String> supplied(String name) {
    return Optional.ofNullable(suppliedNames.get(name));
  }
}
