package dev.cfscale.facts.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the project says about deploying a Worker outside its config: the entry a deploy script names
 * ({@code wrangler deploy src/index.ts}), whether any script or workflow deploys it, the names it supplies
 * another way (vars injected with {@code --var}, secrets put with {@code wrangler secret put}, local
 * {@code .dev.vars}), the files the build copies into place, and the wrangler major version the project depends
 * on. Names only, never values.
 *
 * @param suppliedNames name -> where it is supplied ({@code "--var in package.json"}, {@code ".dev.vars"})
 * @param copiedFrom destination -> source of the files scripts copy, relative to the scanned directory
 *     ({@code dist/} -> {@code packages/apps/workers/dist/index.js}); a destination ending in / is a folder
 */
public record DeploySetup(Optional<String> scriptEntry, Optional<String> scriptEntrySource, boolean deployCommand,
    Map<String, String> suppliedNames, Optional<Integer> wranglerMajor, Map<String, String> copiedFrom) {
  public static final DeploySetup NONE = new DeploySetup(Optional.empty(), Optional.empty(), false, Map.of(), Optional.empty(), Map.of());

  public DeploySetup {
    suppliedNames = Collections.unmodifiableMap(new LinkedHashMap<>(suppliedNames));
    copiedFrom = Collections.unmodifiableMap(new LinkedHashMap<>(copiedFrom));
  }

  /** Where {@code name} is supplied other than in the config, if anywhere. */
  public Optional<String> supplied(String name) {
    return Optional.ofNullable(suppliedNames.get(name));
  }
}
