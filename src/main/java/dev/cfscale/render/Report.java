package dev.cfscale.render;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.RuleDescriptor;
import dev.cfscale.findings.Severity;
import dev.cfscale.findings.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a renderer prints, immutable: the findings that remain after settings, suppressions
 * and baseline, the input problems, the rules that ran, and the facts version the numbers come from.
 */
public record Report(
    String toolVersion,
    String factsVersion,
    String factsAsOf,
    List<Finding> findings,
    List<Problem> problems,
    List<RuleDescriptor> rules,
    int suppressedCount,
    int baselinedCount,
    List<SourceFile> sources) {

  public Report {
    findings = List.copyOf(findings);
    problems = List.copyOf(problems);
    rules = List.copyOf(rules);
    sources = List.copyOf(sources);
  }

  /** Findings per severity, for summaries (every severity present, zero when none). */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    return java.util.Arrays.stream(Severity.values()).collect(Collectors.toMap(Function.identity(),
        s -> counts.getOrDefault(s, 0L), (a, b) -> a, () -> new java.util.EnumMap<>(Severity.class)));
  }

  public Optional<SourceFile> source(String relativePath) {
    return sources.stream().filter(s -> s.relativePath().equals(relativePath)).findFirst();
  }
}
