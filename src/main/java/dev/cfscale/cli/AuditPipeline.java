package dev.cfscale.cli;

import dev.cfscale.analysis.workload.WorkloadExtractor;
import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.analysis.ProjectLoader;
import dev.cfscale.findings.Baseline;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Problem;
import dev.cfscale.findings.ProjectSettings;
import dev.cfscale.findings.SuppressedFinding;
import dev.cfscale.findings.Suppressions;
import dev.cfscale.parse.config.WranglerSchema;
import dev.cfscale.parse.settings.ProjectSettingsReader;
import dev.cfscale.platform.PlatformFacts;
import dev.cfscale.render.Report;
import dev.cfscale.rules.Rule;
import dev.cfscale.rules.RuleContext;
import dev.cfscale.rules.RuleDocs;
import dev.cfscale.rules.RuleEngine;
import dev.cfscale.rules.catalog.Rules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Wires the stages for one audit: settings, discovery and parsing, rules, then the project's
 * severity overrides, inline suppressions and the baseline, into one {@link Report}.
 */
final class AuditPipeline {
  private final PlatformFacts platform = Preload.platformFacts();
  private final WranglerSchema schema = Preload.wranglerSchema();
  private final LocalDate today;

  AuditPipeline(LocalDate today) {
    this.today = today;
  }

  /** The report, the findings before the baseline was applied (for --write-baseline) and the project as it was read. */
  record Outcome(Report report, List<Finding> allFindings, ProjectFacts facts) {}

  Outcome run(Path root, Optional<Path> config, Optional<String> env, Baseline baseline) {
    return run(root, config, env, baseline, dev.cfscale.facts.usage.Usage.none(), false);
  }

  /** {@code listNotes}: the report lists hygiene notes instead of only counting them. */
  Outcome run(Path root, Optional<Path> config, Optional<String> env, Baseline baseline, dev.cfscale.facts.usage.Usage usage,
      boolean listNotes) {
    List<String> ruleIds = Rules.all().stream().map(r -> r.info().id()).toList();
    ProjectSettingsReader.Result settingsResult = new ProjectSettingsReader(id -> Rules.byId(id).isPresent(), id -> {
      List<String> close = Suggestions.closest(id, ruleIds);
      return close.isEmpty() ? Optional.empty() : Optional.of(String.join(" or ", close));
    })
        .read(root.resolve(ProjectSettingsReader.FILE_NAME), ProjectSettingsReader.FILE_NAME);
    ProjectSettings settings = settingsResult.settings();
    ProjectFacts facts = new ProjectLoader(schema).load(new ProjectLoader.Request(root, config, env, settings.excludes()));
    RuleEngine.Result result = new RuleEngine(Rules.all(), dev.cfscale.parse.DeepStack::map).run(facts, new RuleContext(platform, today, usage, WorkloadExtractor.defaults()), settings.disabledRules());

    Suppressions suppressions = new Suppressions(facts.sources(), aliases());
    List<java.nio.file.PathMatcher> excluded = settings.excludes().stream()
        .map(g -> java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    List<Finding> unsuppressed = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (excluded.stream().anyMatch(m -> m.matches(Path.of(f.location().file())))) {
        continue; // excluded paths give no findings, also when code elsewhere imports them
      }
      Optional<SuppressedFinding> silenced = suppressions.suppressed(f);
      if (silenced.isPresent()) {
        suppressed.add(silenced.get());
      } else {
        unsuppressed.add(ConfigOrigins.annotate(settings.apply(f), facts));
      }
    }
    List<Finding> remaining = unsuppressed.stream().filter(f -> !baseline.contains(f)).toList();
    List<Problem> problems = new ArrayList<>(settingsResult.problems());
    problems.addAll(facts.problems());
    problems.addAll(result.ruleFailures());
    RuleDocs docs = new RuleDocs(platform);
    List<Finding> findings = remaining.stream().filter(f -> !f.severity().isNote()).toList();
    List<Finding> notes = remaining.stream().filter(f -> f.severity().isNote()).toList();
    Report report = new Report(Version.current(), platform.version(), platform.asOf(), findings, notes, listNotes, problems,
        facts.inputs(), docs.descriptors(Rules.all()), suppressed, unsuppressed.size() - remaining.size(),
        facts.sources());
    return new Outcome(report, unsuppressed, facts);
  }

  private static Map<String, List<String>> aliases() {
    return Rules.all().stream().collect(Collectors.toMap(r -> r.info().id(), (Rule r) -> List.of(r.info().aliases())));
  }
}
