package dev.cfscale.rules;

import dev.cfscale.findings.Figures;
import dev.cfscale.findings.RuleDescriptor;
import dev.cfscale.findings.RuleDescriptors;
import dev.cfscale.platform.Fact;
import dev.cfscale.platform.PlatformFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The long text of a rule, from {@code rules/<id>.md}, with {@code ${fact.key}} placeholders
 * replaced by values from the platform facts so no price or limit is written in prose by hand.
 */
public final class RuleDocs {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+\\.[A-Za-z0-9_.]+)}");
  private final PlatformFacts facts;

  public RuleDocs(PlatformFacts facts) {
    this.facts = facts;
  }

  /** The resolved Markdown text for {@code rule}. */
  public String markdown(Rule rule) {
    String raw = raw(rule.info().id());
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(render(facts.fact(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Everything a report needs to describe the rule. */
  public RuleDescriptor descriptor(Rule rule) {
    RuleInfo info = rule.info();
    return new RuleDescriptor(info.id(), info.severity(), info.summary(), markdown(rule));
  }

  /** The descriptors of {@code rules}, built when first read ({@link RuleDescriptors}). */
  public List<RuleDescriptor> descriptors(List<? extends Rule> rules) {
    return new RuleDescriptors<Rule>(rules, this::descriptor);
  }

  /** The unresolved text as stored, for tests that check placeholders. */
  public static String raw(String ruleId) {
    String resource = "/rules/" + ruleId + ".md";
    try (InputStream in = RuleDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing rule text " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String render(Fact fact) {
    if (fact.value() instanceof BigDecimal n) {
      return "USD".equals(fact.unit()) ? Figures.usdAmount(n) : Figures.number(n);
    }
    return String.valueOf(fact.value());
  }
}
