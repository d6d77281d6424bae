package dev.cfscale.findings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The valid inline {@code cfscale-ignore} directives of a project. */
public final class Suppressions {
  private final List<SuppressionDirective> directives;
  private final Map<String, List<String>> aliasesByRuleId;

  /** {@code aliasesByRuleId} lets a directive written with a rule's former id still match. */
  public Suppressions(List<SourceFile> sources, Map<String, List<String>> aliasesByRuleId) {
    this.directives = sources.stream().flatMap(s -> SuppressionDirective.parse(s).stream())
        .filter(SuppressionDirective::isValid).toList();
    this.aliasesByRuleId = Map.copyOf(aliasesByRuleId);
  }

  public boolean suppresses(Finding finding) {
    return directive(finding).isPresent();
  }

  /** The finding with the reason and place of the first directive that silences it, or empty. */
  public Optional<SuppressedFinding> suppressed(Finding finding) {
    return directive(finding).map(d -> new SuppressedFinding(finding, d.reason(), d.location()));
  }

  private Optional<SuppressionDirective> directive(Finding finding) {
    List<String> aliases = aliasesByRuleId.getOrDefault(finding.ruleId(), List.of());
    return directives.stream().filter(d -> d.covers(finding, aliases)).findFirst();
  }
}
