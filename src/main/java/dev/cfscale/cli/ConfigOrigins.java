package dev.cfscale.cli;

import dev.cfscale.facts.ProjectFacts;
import dev.cfscale.facts.WorkerConfig;
import dev.cfscale.facts.config.ConfigOrigin;
import dev.cfscale.findings.Finding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Says in a finding when the config it points at is not the one wrangler reads by default: an example users copy
 * before deploying, an environment file, a variant deployed with {@code --config}. The reader then knows which file
 * to change and why a template was audited at all.
 */
final class ConfigOrigins {

  private ConfigOrigins() {}

  static Finding annotate(Finding finding, ProjectFacts facts) {
    Optional<ConfigOrigin> origin = facts.workers().stream().filter(w -> w.file().equals(finding.location().file()))
        .map(WorkerConfig::origin).filter(o -> o.role() == ConfigOrigin.Role.EXAMPLE).findFirst();
    if (origin.isEmpty()) {
      return finding;
    }
    Map<String, String> evidence = new LinkedHashMap<>(finding.evidence());
    evidence.put("config", origin.get().description());
    return new Finding(finding.ruleId(), finding.severity(), finding.message() + " (in the example config users copy before deploying)",
        finding.location(), finding.worker(), finding.environments(), evidence, finding.fix(), finding.subject());
  }
}
