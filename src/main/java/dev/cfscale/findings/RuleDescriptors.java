package dev.cfscale.findings;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/**
 * Every rule's descriptor, each built when the list is first read: only SARIF output reads the rules' long texts,
 * and reading ~100 of them from the jar (with the facts filled in) was a tenth of a small audit's start. Immutable.
 */
public final class RuleDescriptors<R> extends AbstractList<RuleDescriptor> {
  private final List<R> rules;
  private final Function<R, RuleDescriptor> describe;
  private List<RuleDescriptor> built;

  public RuleDescriptors(List<? extends R> rules, Function<R, RuleDescriptor> describe) {
    this.rules = List.copyOf(rules);
    this.describe = describe;
  }

  private synchronized List<RuleDescriptor> built() {
    if (built == null) {
      built = rules.stream().map(describe).toList();
    }
    return built;
  }

  @Override
  public RuleDescriptor get(int index) {
    return built().get(index);
  }

  @Override
  public int size() {
    return rules.size();
  }
}
