package dev.cfscale.findings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a plaintext value looks like a credential: a known token prefix, a URL with a
 * password, or a secret-sounding name with a long non-placeholder value. Classifies values only;
 * it never returns or prints them.
 */
public final class SecretShape {
  private record Prefix(Pattern pattern, String kind) {}

  private static final String JWT = "JSON Web Token";
  /** Names of values that are public by design; only a JWT under such a name is let through. */
  private static final Pattern PUBLIC_BY_DESIGN = Pattern.compile("(PUBLIC|PUBLISHABLE|ANON_KEY|ANON$)");

  /**
   * Values whose own prefix says they are meant to ship to browsers: PostHog's project API key ({@code phc_}, "safe to
   * use in public apps", https://posthog.com/docs/api) and Stripe's publishable keys ({@code pk_live_}, {@code pk_test_}).
   * Under a secret-sounding name ({@code POSTHOG_API_KEY}) they are still not credentials; PostHog's personal keys
   * ({@code phx_}) and Stripe's secret keys are.
   */
  private static final Pattern PUBLIC_VALUE = Pattern.compile("^(phc|pk_live|pk_test)_[0-9A-Za-z]{16,}$");

  private static final List<Prefix> KNOWN_PREFIXES = List.of(
      new Prefix(Pattern.compile("^(sk|rk)_(live|test)_[0-9A-Za-z]{16,}"), "Stripe secret key"),
      new Prefix(Pattern.compile("^whsec_[0-9A-Za-z]{16,}"), "Stripe webhook secret"),
      new Prefix(Pattern.compile("^sk-(ant-|proj-)?[0-9A-Za-z_-]{20,}"), "OpenAI/Anthropic API key"),
      new Prefix(Pattern.compile("^(ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{30,}"), "GitHub token"),
      new Prefix(Pattern.compile("^github_pat_[0-9A-Za-z_]{30,}"), "GitHub fine-grained token"),
      new Prefix(Pattern.compile("^glpat-[0-9A-Za-z_-]{20,}"), "GitLab token"),
      new Prefix(Pattern.compile("^xox[abposr]-[0-9A-Za-z-]{10,}"), "Slack token"),
      new Prefix(Pattern.compile("^(AKIA|ASIA)[0-9A-Z]{16}$"), "AWS access key id"),
      new Prefix(Pattern.compile("^AIza[0-9A-Za-z_-]{35}$"), "Google API key"),
      new Prefix(Pattern.compile("^SG\\.[0-9A-Za-z_-]{16,}\\.[0-9A-Za-z_-]{16,}$"), "SendGrid API key"),
      new Prefix(Pattern.compile("^hf_[0-9A-Za-z]{30,}"), "Hugging Face token"),
      new Prefix(Pattern.compile("^npm_[0-9A-Za-z]{36}$"), "npm token"),
      new Prefix(Pattern.compile("^eyJ[0-9A-Za-z_-]{10,}\\.eyJ[0-9A-Za-z_-]{10,}\\.[0-9A-Za-z_-]{10,}$"), JWT),
      new Prefix(Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"), "private key"));

  private static final Pattern URL_WITH_PASSWORD = Pattern.compile("^[a-z][a-z0-9+.-]*://[^/\\s:@]+:([^/\\s@]+)@", Pattern.CASE_INSENSITIVE);
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|APIKEY|ACCESS_KEY|AUTH_KEY|CREDENTIAL|SIGNING_KEY|ENCRYPTION_KEY|SESSION_KEY|WEBHOOK_KEY)");
  private static final Pattern NOT_A_SECRET_NAME = Pattern.compile(
      "(PUBLIC|PUBLISHABLE|SITE_KEY|_URL$|_URI$|_ENDPOINT$|_HEADER$|_NAME$|_TTL|_EXPIR|_LENGTH$|_SIZE$|MAX_TOKENS|_TOKENS$|_ID$|_PATH$|_PREFIX$|_ISSUER$|_AUDIENCE$|_ALGORITHM$)");
  private static final List<String> PLACEHOLDER_WORDS = List.of(
      "xxx", "changeme", "change-me", "change_me", "replace", "placeholder", "your", "example", "dummy", "todo",
      "fixme", "redacted", "sample", "insert", "fake", "test", "secret-here", "<", "${", "{{", "***", "...");
  /** Values shorter than this are not treated as credentials by name alone (too many false alarms). */
  private static final int MIN_SECRET_LENGTH = 12;

  private SecretShape() {}

  /** Why {@code value} under {@code name} looks like a credential, or empty when it does not. */
  public static Optional<String> classify(String name, String value) {
    String trimmed = value.trim();
    String upper = name.toUpperCase(Locale.ROOT);
    for (Prefix p : KNOWN_PREFIXES) {
      if (p.kind().equals(JWT) && PUBLIC_BY_DESIGN.matcher(upper).find()) {
        continue; // e.g. SUPABASE_ANON_KEY: a JWT meant to ship to browsers
      }
      if (p.pattern().matcher(trimmed).find()) {
        return Optional.of("value matches the " + p.kind() + " format");
      }
    }
    if (PUBLIC_VALUE.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    var url = URL_WITH_PASSWORD.matcher(trimmed);
    if (url.find() && !isPlaceholder(url.group(1))) {
      return Optional.of("value is a URL with an embedded password");
    }
    if (SECRET_NAME.matcher(upper).find() && !NOT_A_SECRET_NAME.matcher(upper).find() && looksLikeSecretValue(trimmed)) {
      return Optional.of("name suggests a credential and the value is " + describeEntropy(trimmed));
    }
    return Optional.empty();
  }

  private static boolean looksLikeSecretValue(String value) {
    return value.length() >= MIN_SECRET_LENGTH && !value.contains(" ") && !isPlaceholder(value)
        && !value.matches("^(true|false|\\d+(\\.\\d+)?)$") && !value.startsWith("http") && !value.startsWith("/")
        && distinctCharacters(value) >= 6;
  }

  public static boolean isPlaceholder(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return value.isBlank() || distinctCharacters(value) <= 2 || PLACEHOLDER_WORDS.stream().anyMatch(lower::contains);
  }

  /** Whole values that only mark where the real one goes ({@code "PLACEHOLDER"}, {@code "<your-id>"}, {@code "changeme"}). */
  private static final java.util.regex.Pattern FILL_IN = java.util.regex.Pattern.compile(
      "placeholder|change[-_]?me|replace[-_]?me|todo|tbd|x{3,}|<[^>]*>|\\{\\{.*}}|\\$\\{.*}|your[-_ ].*|__.*__",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * True when the whole value is a fill-in marker, nothing a program could use: the real value comes from elsewhere
   * (a {@code --var} at deploy, a secret). Narrower than {@link #isPlaceholder}, which also takes any value containing
   * words like "test" or "example".
   */
  public static boolean isFillInMarker(String value) {
    return FILL_IN.matcher(value.trim()).matches();
  }

  private static long distinctCharacters(String value) {
    return value.chars().distinct().count();
  }

  /** Shannon entropy in bits per character, described without revealing the value. */
  private static String describeEntropy(String value) {
    double bits = 0;
    for (long count : value.chars().boxed().collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting())).values()) {
      double p = (double) count / value.length();
      bits -= p * Math.log(p) / Math.log(2);
    }
    return String.format(Locale.ROOT, "%d characters of high-entropy text (%.1f bits/char)", value.length(), bits);
  }
}
