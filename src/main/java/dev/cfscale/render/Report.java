package dev.cfscale.render;

import dev.cfscale.findings.Finding;
import dev.cfscale.findings.InputSummary;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.RuleDescriptor;
import dev.cfscale.findings.Severity;
import dev.cfscale.findings.SourceFile;
import dev.cfscale.findings.SuppressedFinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a renderer prints, immutable: the findings that remain after settings, suppressions
 * and baseline, the hygiene notes (listed only when {@code listNotes}), the input problems, what was
 * read and skipped, the rules that ran, the findings inline comments suppressed (with their reasons), and the
 * facts version the numbers come from.
 */
public record Report(
    String toolVersion,
    String factsVersion,
    String factsAsOf,
    List<Finding> findings,
    List<Finding> notes,
    boolean listNotes,
    List<Problem> problems,
    List<InputSummary> inputs,
    List<RuleDescriptor> rules,
    List<SuppressedFinding> suppressed,
    int baselinedCount,
    List<SourceFile> sources) {

  public Report {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
    inputs = List.copyOf(inputs);
    rules = rules instanceof dev.cfscale.findings.RuleDescriptors<?> ? rules : List.copyOf(rules); // built when read
    sources = List.copyOf(sources);
    suppressed = List.copyOf(suppressed);
    if (findings.stream().anyMatch(f -> f.severity().isNote()) || notes.stream().anyMatch(f -> !f.severity().isNote())) {
      throw new IllegalArgumentException("notes and findings are separate lists");
    }
  }

  /** Findings per severity, for summaries (every severity but note present, zero when none). */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
    return java.util.Arrays.stream(Severity.values()).filter(s -> !s.isNote()).collect(Collectors.toMap(Function.identity(),
        s -> counts.getOrDefault(s, 0L), (a, b) -> a, () -> new java.util.EnumMap<>(Severity.class)));
  }

  /** How many findings inline {@code cfscale-ignore} comments silenced. */
  public int suppressedCount() {
    return suppressed.size();
  }

  public Optional<SourceFile> source(String relativePath) {
    return sources.stream().filter(s -> s.relativePath().equals(relativePath)).findFirst();
  }
}
