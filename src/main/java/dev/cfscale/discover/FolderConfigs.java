package dev.cfscale.discover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for the config files of one folder, which are audited and as what: the default config wrangler
 * reads, environment files, variants and dev configs beside it, and an example only when no real config of
 * the same name sits beside it. Everything else is skipped with a reason.
 */
final class FolderConfigs {

  private FolderConfigs() {}

  /** What one folder contributes. */
  record Choice(List<DiscoveredConfig> audited, List<SkippedFile> skipped) {}

  /** {@code testFolder} is the test folder the files sit in, if any: then nothing is audited. */
  static Choice choose(List<Path> files, Optional<String> testFolder) {
    List<DiscoveredConfig> audited = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<Path> ordered = files.stream().sorted(Comparator.comparingInt(FolderConfigs::rank).thenComparing(Path::toString)).toList();
    if (testFolder.isPresent()) {
      ordered.forEach(f -> skipped.add(new SkippedFile(f, "test config", "under the test folder " + testFolder.get() + "/: used by tests, not deployed")));
      return new Choice(audited, skipped);
    }
    Set<String> realNames = new HashSet<>();
    ordered.forEach(f -> name(f).filter(n -> n.kind() != ConfigNames.Kind.EXAMPLE).ifPresent(n -> realNames.add(stem(n.counterpart()))));
    Optional<Path> defaultConfig = Optional.empty();
    Set<String> examplesTaken = new HashSet<>();
    for (Path file : ordered) {
      ConfigNames.Name n = name(file).orElseThrow();
      String fileName = file.getFileName().toString();
      switch (n.kind()) {
        case DEFAULT -> {
          if (defaultConfig.isEmpty()) {
            defaultConfig = Optional.of(file);
            audited.add(DiscoveredConfig.standard(file));
          } else {
            skipped.add(new SkippedFile(file, "config", "wrangler reads " + defaultConfig.get().getFileName() + " beside it instead"));
          }
        }
        case TEST -> {
          if (deployedByEndToEndSuite(n, files)) {
            audited.add(new DiscoveredConfig(file, ConfigRole.VARIANT, Optional.empty(),
                "the only config of its folder: the app an end-to-end suite deploys, deployed with --config " + fileName));
          } else {
            skipped.add(new SkippedFile(file, "test config", fileName + " is a test setup (used by tests, not deployed)"));
          }
        }
        case DEV -> audited.add(new DiscoveredConfig(file, ConfigRole.DEV, Optional.empty(), "read only by wrangler dev"));
        case ENVIRONMENT -> audited.add(new DiscoveredConfig(file, ConfigRole.ENVIRONMENT, Optional.of(n.qualifier()),
            "environment " + n.qualifier() + " of the Worker, deployed with --config " + fileName));
        case VARIANT -> audited.add(new DiscoveredConfig(file, ConfigRole.VARIANT, Optional.empty(),
            "deployed with --config " + fileName));
        case EXAMPLE -> example(file, n, realNames, examplesTaken, audited, skipped);
        default -> throw new IllegalStateException("unhandled config kind " + n.kind());
      }
    }
    return new Choice(audited, skipped);
  }

  /**
   * {@code wrangler.e2e.jsonc} as the only config of an app's folder: an end-to-end suite deploys the app itself with it
   * (unit-test setups, {@code wrangler.test.toml}, run test code instead), and nothing else in the folder deploys it.
   */
  private static boolean deployedByEndToEndSuite(ConfigNames.Name n, List<Path> files) {
    return n.qualifier().equalsIgnoreCase("e2e") && files.stream().map(FolderConfigs::name).flatMap(Optional::stream)
        .allMatch(other -> other.kind() == ConfigNames.Kind.TEST);
  }

  private static void example(Path file, ConfigNames.Name n, Set<String> realNames, Set<String> examplesTaken,
      List<DiscoveredConfig> audited, List<SkippedFile> skipped) {
    String stem = stem(n.counterpart());
    if (realNames.contains(stem)) {
      skipped.add(new SkippedFile(file, "example config", "the real config (" + n.counterpart() + ") sits beside it"));
    } else if (!examplesTaken.add(stem)) {
      skipped.add(new SkippedFile(file, "example config", "another example of " + n.counterpart() + " in this folder is audited"));
    } else {
      audited.add(new DiscoveredConfig(file, ConfigRole.EXAMPLE, Optional.empty(),
          "the only config of its folder: users copy it to " + n.counterpart() + " before deploying"));
    }
  }

  private static Optional<ConfigNames.Name> name(Path file) {
    return ConfigNames.classify(file.getFileName().toString());
  }

  /** {@code wrangler.api.toml} -> {@code wrangler.api}: the name without its format, so json and toml compare equal. */
  private static String stem(String configName) {
    return configName.replaceFirst("\\.(jsonc?|toml)$", "");
  }

  /** Default names first, in wrangler's precedence; then the rest by name. */
  private static int rank(Path file) {
    int index = ConfigNames.DEFAULT_NAMES.indexOf(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT));
    return index < 0 ? ConfigNames.DEFAULT_NAMES.size() : index;
  }
}
