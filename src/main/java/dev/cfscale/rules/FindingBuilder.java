package dev.cfscale.rules;

import dev.cfscale.facts.config.WorkerEnvironment;
import dev.cfscale.findings.Finding;
import dev.cfscale.findings.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles a {@link Finding} for a rule, taking id and severity from its {@link RuleInfo}. */
public final class FindingBuilder {
  private final RuleInfo info;
  private Location location;
  private String worker;
  private List<String> environments = List.of();
  private String message = "";
  private String fix = "";
  private String subject = "";
  private dev.cfscale.findings.Severity severity;
  private final Map<String, String> evidence = new LinkedHashMap<>();

  private FindingBuilder(RuleInfo info) {
    this.info = info;
  }

  /** A finding of {@code rule} about {@code env}, located at the environment until {@link #at} says otherwise. */
  public static FindingBuilder of(Rule rule, WorkerEnvironment env) {
    FindingBuilder b = new FindingBuilder(rule.info());
    b.location = env.location();
    b.worker = env.workerName();
    b.environments = List.of(env.environmentLabel());
    return b;
  }

  /** A finding not tied to one environment (a file-level or project-level observation). */
  public static FindingBuilder of(Rule rule, Location location) {
    FindingBuilder b = new FindingBuilder(rule.info());
    b.location = location;
    return b;
  }

  public FindingBuilder at(Location where) {
    this.location = where;
    return this;
  }

  public FindingBuilder worker(String name) {
    this.worker = name;
    return this;
  }

  /** The environments the finding concerns, when not taken from one environment (by their labels). */
  public FindingBuilder environments(List<String> labels) {
    this.environments = List.copyOf(labels);
    return this;
  }

  public FindingBuilder message(String text) {
    this.message = text;
    return this;
  }

  public FindingBuilder evidence(String key, Object value) {
    evidence.put(key, String.valueOf(value));
    return this;
  }

  public FindingBuilder fix(String text) {
    this.fix = text;
    return this;
  }

  /** Overrides the rule's default severity where context decides (documented in the rule's text). */
  public FindingBuilder severity(dev.cfscale.findings.Severity value) {
    this.severity = value;
    return this;
  }

  /** What the finding is about, independent of line numbers (used for fingerprints). */
  public FindingBuilder subject(String text) {
    this.subject = text;
    return this;
  }

  public Finding build() {
    return new Finding(info.id(), severity == null ? info.severity() : severity, message, location, worker, environments,
        evidence, fix, subject);
  }
}
