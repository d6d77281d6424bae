package dev.cfscale.rules;

import dev.cfscale.rules.catalog.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cfscale.platform.PlatformFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every rule is complete: unique id, explain text with all sections, firing and quiet fixtures, facts that exist. */
class RuleCatalogTest {
  private static final Pattern ID = Pattern.compile("^[a-z0-9-]+/[a-z0-9-]+$");

  @Test
  void rules_haveUniqueWellFormedIds() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : Rules.all()) {
      String id = rule.info().id();
      assertThat(id).matches(ID);
      assertThat(seen.add(id)).as("duplicate id %s", id).isTrue();
      for (String alias : rule.info().aliases()) {
        assertThat(seen.add(alias)).as("alias %s reused", alias).isTrue();
      }
      assertThat(rule.info().summary()).isNotBlank();
    }
  }

  @Test
  void rules_haveExplainTextWithEverySection() {
    for (Rule rule : Rules.all()) {
      String text = RuleDocs.raw(rule.info().id());
      assertThat(text).as(rule.info().id()).contains("## What", "## Why it matters at scale", "## Fix", "## Example");
    }
  }

  @Test
  void rules_haveFiringAndQuietFixtures() {
    for (Rule rule : Rules.all()) {
      Path dir = Path.of("src/test/resources/rules", rule.info().id());
      assertThat(dir.resolve("fires")).as("fires fixture for %s", rule.info().id()).isDirectory();
      assertThat(dir.resolve("quiet")).as("quiet fixture for %s", rule.info().id()).isDirectory();
    }
  }

  @Test
  void explainPlaceholders_allResolveToPlatformFacts() {
    PlatformFacts facts = PlatformFacts.load();
    Pattern placeholder = Pattern.compile("\\$\\{([A-Za-z0-9_]+\\.[A-Za-z0-9_.]+)}");
    for (Rule rule : Rules.all()) {
      Matcher m = placeholder.matcher(RuleDocs.raw(rule.info().id()));
      while (m.find()) {
        assertThat(facts.contains(m.group(1))).as("%s uses unknown fact %s", rule.info().id(), m.group(1)).isTrue();
      }
      assertThat(placeholder.matcher(new RuleDocs(facts).markdown(rule)).find()).as("unresolved placeholder in %s", rule.info().id()).isFalse();
    }
  }

  @Test
  void explainTexts_holdNoHandWrittenPrices() {
    Pattern dollarFigure = Pattern.compile("\\$[0-9]");
    for (Rule rule : Rules.all()) {
      assertThat(dollarFigure.matcher(RuleDocs.raw(rule.info().id())).find())
          .as("%s writes a price by hand; use a ${fact} placeholder", rule.info().id()).isFalse();
    }
  }

  @Test
  void noRuleWithoutARegisteredClass() throws Exception {
    try (var files = Files.walk(Path.of("src/main/resources/rules"))) {
      files.filter(p -> p.toString().endsWith(".md")).forEach(p -> {
        String id = Path.of("src/main/resources/rules").relativize(p).toString().replace('\\', '/').replace(".md", "");
        assertThat(Rules.byId(id)).as("orphan explain text %s", id).isPresent();
      });
    }
  }
}
