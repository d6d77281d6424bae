package dev.cfscale.models.guide;

import dev.cfscale.findings.Figures;
import dev.cfscale.platform.Fact;
import dev.cfscale.platform.PlatformFacts;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prose with {@code ${facts.key}} placeholders, resolved from the facts file as rule texts are, so that every
 * figure the report states (a limit the seed got wrong included) comes from its documented source.
 */
final class FactText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+\\.[A-Za-z0-9_.]+)}");
  private final PlatformFacts facts;

  FactText(PlatformFacts facts) {
    this.facts = facts;
  }

  /** {@code text} with each placeholder replaced by its value (5,000; $0.30 for prices). */
  String resolve(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(facts.fact(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A numeric fact, for comparisons. */
  BigDecimal number(String key) {
    return facts.number(key);
  }

  private static String value(Fact fact) {
    if (fact.value() instanceof BigDecimal n) {
      return "USD".equals(fact.unit()) ? Figures.usd(n) : Figures.number(n);
    }
    return String.valueOf(fact.value());
  }
}
