package dev.cfscale.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a wrangler config file is, from its name alone. */
class ConfigNamesTest {

  @ParameterizedTest(name = "{0} -> {1} {2} ({3})")
  @CsvSource({
      "wrangler.toml, DEFAULT, '', wrangler.toml",
      "wrangler.jsonc, DEFAULT, '', wrangler.jsonc",
      "wrangler.toml.template, EXAMPLE, '', wrangler.toml",
      "wrangler.toml.example, EXAMPLE, '', wrangler.toml",
      "wrangler.example.toml, EXAMPLE, '', wrangler.toml",
      "wrangler-example.toml, EXAMPLE, '', wrangler.toml",
      "wrangler.example.json, EXAMPLE, '', wrangler.json",
      "wrangler.example.jsonc, EXAMPLE, '', wrangler.jsonc",
      "wrangler.api.example.json, EXAMPLE, api, wrangler.api.json",
      "wrangler.sample.toml, EXAMPLE, '', wrangler.toml",
      "wrangler.production.toml, ENVIRONMENT, production, wrangler.production.toml",
      "wrangler.staging.jsonc, ENVIRONMENT, staging, wrangler.staging.jsonc",
      "wrangler.dev.toml, DEV, dev, wrangler.dev.toml",
      "wrangler.local.jsonc, DEV, local, wrangler.local.jsonc",
      "wrangler.e2e.jsonc, TEST, e2e, wrangler.e2e.jsonc",
      "wrangler.test.jsonc, TEST, test, wrangler.test.jsonc",
      "wrangler.mock.jsonc, TEST, mock, wrangler.mock.jsonc",
      "wrangler.indexer.toml, VARIANT, indexer, wrangler.indexer.toml",
      "wrangler-action.toml, VARIANT, action, wrangler-action.toml",
  })
  void classify_readsTheRoleFromTheName(String file, ConfigNames.Kind kind, String qualifier, String counterpart) {
    assertThat(ConfigNames.classify(file)).hasValueSatisfying(n -> {
      assertThat(n.kind()).isEqualTo(kind);
      assertThat(n.qualifier()).isEqualTo(qualifier);
      assertThat(n.counterpart()).isEqualTo(counterpart);
    });
  }

  @ParameterizedTest
  @CsvSource({"wrangler-config.ts", "package.json", "wrangler.toml.bak", "mywrangler.toml"})
  void classify_ignoresOtherFiles(String file) {
    assertThat(ConfigNames.classify(file)).isEmpty();
  }
}
