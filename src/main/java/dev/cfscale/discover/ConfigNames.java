package dev.cfscale.discover;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a wrangler config file is from its name alone: the default names wrangler reads, examples and
 * templates, and {@code wrangler.<qualifier>.<ext>} files whose qualifier names an environment, a dev-only or
 * test setup, or another Worker.
 */
public final class ConfigNames {
  /** In wrangler's order of precedence within one folder. */
  public static final List<String> DEFAULT_NAMES = List.of("wrangler.json", "wrangler.jsonc", "wrangler.toml");

  private static final String EXAMPLE_WORDS = "example|examples|template|sample|tpl|tmpl|default|dist";
  /** wrangler.toml.example, wrangler.jsonc.template, wrangler.api.toml.sample */
  private static final Pattern EXAMPLE_SUFFIX =
      Pattern.compile("(wrangler(?:[.-][\\w-]+?)?)\\.(json|jsonc|toml)\\.(?:" + EXAMPLE_WORDS + ")", Pattern.CASE_INSENSITIVE);
  /** wrangler.example.toml, wrangler-example.toml, wrangler.api.example.json */
  private static final Pattern EXAMPLE_INFIX =
      Pattern.compile("(wrangler(?:[.-][\\w-]+?)??)[.-](?:" + EXAMPLE_WORDS + ")\\.(json|jsonc|toml)", Pattern.CASE_INSENSITIVE);
  /** wrangler.production.toml, wrangler-action.toml */
  private static final Pattern QUALIFIED = Pattern.compile("wrangler[.-]([\\w.-]+)\\.(json|jsonc|toml)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "e2e", "mock", "mocks", "spec", "vitest",
      "jest", "playwright", "integration", "unit", "fixture", "fixtures");
  private static final Set<String> DEV_WORDS = Set.of("dev", "development", "local", "localhost");
  private static final Set<String> ENVIRONMENT_WORDS = Set.of("production", "prod", "staging", "stage", "stg", "preview", "qa",
      "uat", "canary", "beta", "alpha", "sandbox", "live", "release", "demo", "nightly");

  private ConfigNames() {}

  /** What a file name says about a config. */
  public enum Kind {
    /** One of wrangler's default names. */
    DEFAULT,
    /** An example or template of {@link Name#counterpart()}. */
    EXAMPLE,
    /** {@code wrangler.<qualifier>.<ext>} for a test setup: not deployed. */
    TEST,
    /** {@code wrangler.<qualifier>.<ext>} read only by wrangler dev. */
    DEV,
    /** {@code wrangler.<qualifier>.<ext>} for one environment of the Worker. */
    ENVIRONMENT,
    /** {@code wrangler.<qualifier>.<ext>} for another Worker or a deploy variant. */
    VARIANT
  }

  /**
   * A classified name. {@code qualifier} is the {@code <qualifier>} part (empty for default names and
   * unqualified examples); {@code counterpart} is the real config an example stands for ({@code wrangler.toml}).
   */
  public record Name(Kind kind, String qualifier, String counterpart) {}

  /** The kind of config {@code fileName} is, or empty when it is not a wrangler config name. */
  public static Optional<Name> classify(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (DEFAULT_NAMES.contains(name)) {
      return Optional.of(new Name(Kind.DEFAULT, "", name));
    }
    for (Pattern example : List.of(EXAMPLE_SUFFIX, EXAMPLE_INFIX)) {
      Matcher m = example.matcher(name);
      if (m.matches()) {
        String base = m.group(1).replaceFirst("^wrangler-", "wrangler.");
        String qualifier = base.equals("wrangler") ? "" : base.substring("wrangler.".length());
        return Optional.of(new Name(Kind.EXAMPLE, qualifier, base + "." + m.group(2)));
      }
    }
    Matcher m = QUALIFIED.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    String qualifier = m.group(1);
    return Optional.of(new Name(qualifierKind(qualifier), qualifier, name));
  }

  /** Whether {@code word} (a qualifier or an environment name) names a dev-only setup. */
  public static boolean isDevWord(String word) {
    return DEV_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Kind qualifierKind(String qualifier) {
    List<String> words = Arrays.asList(qualifier.split("[._-]"));
    if (words.stream().anyMatch(TEST_WORDS::contains)) {
      return Kind.TEST;
    }
    if (words.stream().anyMatch(DEV_WORDS::contains)) {
      return Kind.DEV;
    }
    return ENVIRONMENT_WORDS.contains(qualifier) ? Kind.ENVIRONMENT : Kind.VARIANT;
  }
}
