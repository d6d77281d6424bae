package dev.cfscale.findings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's own cfscale settings ({@code .cfscale.yml}): rules turned off, severities changed,
 * paths excluded from discovery.
 */
public record ProjectSettings(Set<String> disabledRules, Map<String, Severity> severityOverrides, List<String> excludes) {
  public static final ProjectSettings NONE = new ProjectSettings(Set.of(), Map.of(), List.of());

  public ProjectSettings {
    disabledRules = Set.copyOf(disabledRules);
    severityOverrides = Map.copyOf(severityOverrides);
    excludes = List.copyOf(excludes);
  }

  /** The finding with the project's severity for its rule, if one is set. */
  public Finding apply(Finding finding) {
    return Optional.ofNullable(severityOverrides.get(finding.ruleId())).map(finding::withSeverity).orElse(finding);
  }
}
