package dev.cfscale.facts.readiness;

import java.util.List;

/**
 * What the files around the Workers say about running them in production, found by file names and by the
 * wrangler commands of scripts and CI, never by running anything: CI steps that deploy, scripts that export or
 * restore D1, scripts and notes that copy or replicate R2 buckets, incident runbooks, rate-limiting and WAF rules kept as Terraform, load tests, and the
 * dependencies of every package.json (rate limiters, error trackers). The report's readiness checks read this
 * beside the config facts.
 */
public record RepositorySignals(
    List<FileEvidence> ciDeploys,
    List<FileEvidence> backupCommands,
    List<FileEvidence> bucketCopies,
    List<FileEvidence> runbooks,
    List<FileEvidence> rateLimitRules,
    List<FileEvidence> wafRules,
    List<FileEvidence> loadTests,
    List<FileEvidence> dependencies) {
  public static final RepositorySignals NONE = new RepositorySignals(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of());

  public RepositorySignals {
    ciDeploys = List.copyOf(ciDeploys);
    backupCommands = List.copyOf(backupCommands);
    bucketCopies = List.copyOf(bucketCopies);
    runbooks = List.copyOf(runbooks);
    rateLimitRules = List.copyOf(rateLimitRules);
    wafRules = List.copyOf(wafRules);
    loadTests = List.copyOf(loadTests);
    dependencies = List.copyOf(dependencies);
  }
}
